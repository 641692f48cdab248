#ifndef CNCURSES_H
#define CNCURSES_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <ncursesw/curses.h>
#include <locale.h>
#include <wchar.h>

/// The standard screen window (`stdscr`, a global in ncurses).
WINDOW *cncurses_stdscr(void);
/// `COLS` and `LINES`, globals in ncurses.
int cncurses_cols(void);
int cncurses_lines(void);
/// `newterm(NULL, stdout, stdin)`: the terminal on the standard streams.
SCREEN *cncurses_newterm_stdio(void);
/// `COLORS`, a global in ncurses.
int cncurses_colors(void);
/// `COLOR_PAIR(n)`, a macro in ncurses.
attr_t cncurses_color_pair(short pair);
/// `set_escdelay`, the Esc timeout in milliseconds.
int cncurses_set_escdelay(int ms);
/// `setcchar` + `wadd_wch` for one grapheme: draws `text` (UTF-32, `count`
/// code points, at most CCHARW_MAX) with attributes and colour pair.
int cncurses_put_wide(WINDOW *win, int row, int col, const wchar_t *text, int count,
                      attr_t attrs, short pair);
/// `wget_wch` as one call: returns OK, KEY_CODE_YES or ERR, and the key in `out`.
int cncurses_get_key(WINDOW *win, int *out);
/// The attribute bits ncurses defines as macros.
attr_t cncurses_attr_bold(void);
attr_t cncurses_attr_reverse(void);
attr_t cncurses_attr_underline(void);
attr_t cncurses_attr_dim(void);
attr_t cncurses_attr_normal(void);

#endif

#ifndef CNCURSES_SIGNALS_H
#define CNCURSES_SIGNALS_H
/// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGWINCH that write the
/// signal number as one byte to `fd` (async-signal-safe `write`), so a poll
/// loop wakes and can shut down cleanly. Also ignores SIGPIPE.
/// Returns 0, or -1 with errno set by `sigaction`.
int cncurses_forward_signals(int fd);
/// Restores the default dispositions of the signals above.
void cncurses_restore_signals(void);
/// Whether the current locale's codeset is UTF-8 (`nl_langinfo(CODESET)`).
int cncurses_locale_is_utf8(void);
#endif

/// Reads the tty's size (`ioctl(TIOCGWINSZ)` on `fd`) and applies it with
/// `resizeterm`. Returns 0, or -1 when the size cannot be read.
int cncurses_resize_from_tty(int fd);
