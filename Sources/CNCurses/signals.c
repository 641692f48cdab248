#define _GNU_SOURCE
#include "CNCurses.h"
#include <errno.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* The descriptor the handlers write to; set once before handlers run. */
static volatile sig_atomic_t forward_fd = -1;

static void forward(int signo) {
  int saved = errno;
  unsigned char byte = (unsigned char)signo;
  if (forward_fd >= 0) {
    ssize_t ignored = write(forward_fd, &byte, 1);
    (void)ignored;
  }
  errno = saved;
}

static const int forwarded[] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH};

int cncurses_forward_signals(int fd) {
  forward_fd = fd;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = forward;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++) {
    if (sigaction(forwarded[i], &action, NULL) != 0) return -1;
  }
  signal(SIGPIPE, SIG_IGN);
  return 0;
}

void cncurses_restore_signals(void) {
  for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++) {
    signal(forwarded[i], SIG_DFL);
  }
  forward_fd = -1;
}

int cncurses_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#include <sys/ioctl.h>

int cncurses_resize_from_tty(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
  return resizeterm(size.ws_row, size.ws_col) == OK ? 0 : -1;
}
