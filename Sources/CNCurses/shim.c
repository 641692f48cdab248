#include "CNCurses.h"

WINDOW *cncurses_stdscr(void) { return stdscr; }
int cncurses_cols(void) { return COLS; }
int cncurses_lines(void) { return LINES; }
SCREEN *cncurses_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
int cncurses_colors(void) { return COLORS; }
attr_t cncurses_color_pair(short pair) { return COLOR_PAIR(pair); }
int cncurses_set_escdelay(int ms) { return set_escdelay(ms); }

int cncurses_put_wide(WINDOW *win, int row, int col, const wchar_t *text, int count,
                      attr_t attrs, short pair) {
  wchar_t buffer[CCHARW_MAX + 1];
  int n = count < CCHARW_MAX ? count : CCHARW_MAX;
  for (int i = 0; i < n; i++) buffer[i] = text[i];
  buffer[n] = L'\0';
  cchar_t cell;
  if (setcchar(&cell, buffer, attrs, pair, NULL) != OK) return ERR;
  return mvwadd_wch(win, row, col, &cell);
}

int cncurses_get_key(WINDOW *win, int *out) {
  wint_t key = 0;
  int result = wget_wch(win, &key);
  *out = (int)key;
  return result;
}

attr_t cncurses_attr_bold(void) { return A_BOLD; }
attr_t cncurses_attr_reverse(void) { return A_REVERSE; }
attr_t cncurses_attr_underline(void) { return A_UNDERLINE; }
attr_t cncurses_attr_dim(void) { return A_DIM; }
attr_t cncurses_attr_normal(void) { return A_NORMAL; }
