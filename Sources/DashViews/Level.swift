/// How good or bad a value is; decides its colour.
enum Level: Sendable {
  case ok
  case warn
  case alarm
  case neutral
}
