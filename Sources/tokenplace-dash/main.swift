import DashApp

print("tokenplace-dash")
