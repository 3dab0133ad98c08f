/* lode [options] [script.js | -e code | -p code | -] [arguments] */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime.h"

static const char usage[] =
    "Usage: lode [options] [ script.js ] [arguments]\n"
    "       lode -e|-p \"script\" [arguments]\n"
    "       lode - [arguments]   (read the script from standard input)\n"
    "\n"
    "Options:\n"
    "  -                          script read from stdin (default if no file name given)\n"
    "  --                         indicate the end of lode options\n"
    "  -e, --eval script          evaluate script\n"
    "  -p, --print script         evaluate script and print result\n"
    "  -r, --require module       module to preload (option can be repeated)\n"
    "  --import module            ES module to preload (option can be repeated)\n"
    "  --env-file=file            set environment variables from a file\n"
    "  --env-file-if-exists=file  the same, for a file that may not exist\n"
    "  -i, --interactive          always enter the REPL even if stdin does not appear to be a "
    "terminal\n"
    "  --input-type=type          set module type for string input (commonjs or module)\n"
    "  --test [files/globs]       run node:test files, each in a child process\n"
    "  --expose-gc                expose gc() on the global object\n"
    "  --no-warnings              silence all process warnings\n"
    "  --no-deprecation           silence deprecation warnings\n"
    "  --throw-deprecation        throw an exception on deprecations\n"
    "  --trace-deprecation        show stack traces on deprecations\n"
    "  -h, --help                 print lode command line options\n"
    "  -v, --version              print the Node.js version implemented and Lode's version\n"
    "\n"
    "Node.js options without meaning for Lode are accepted and listed in process.execArgv.\n"
    "Environment variables:\n"
    "  NODE_OPTIONS               set command-line options\n"
    "  NO_COLOR, FORCE_COLOR      control colored output\n";

/* Node options that take a value (as --opt=value or --opt value) and that Lode accepts but
 * gives no meaning (yet). */
static const char *const ignored_with_value[] = {"--max-old-space-size",
                                                 "--max-semi-space-size",
                                                 "--stack-size",
                                                 "--title",
                                                 "--conditions",
                                                 "-C",
                                                 "--loader",
                                                 "--experimental-loader",
                                                 "--inspect-port",
                                                 "--max-http-header-size",
                                                 "--tls-min-v1.0",
                                                 "--icu-data-dir",
                                                 "--openssl-config",
                                                 "--diagnostic-dir",
                                                 "--redirect-warnings",
                                                 "--dns-result-order",
                                                 "--heapsnapshot-signal",
                                                 "--secure-heap",
                                                 "--disable-warning",
                                                 "--localstorage-file",
                                                 "--watch-path",
                                                 "--test-reporter",
                                                 "--test-reporter-destination",
                                                 "--test-name-pattern",
                                                 "--test-skip-pattern",
                                                 "--test-timeout", /* read by node:test */
                                                 "--test-shard", /* read by lode --test */
                                                 "--test-global-setup",
                                                 "--test-concurrency",
                                                 "--test-isolation",
                                                 "--test-coverage-include",
                                                 "--test-coverage-exclude",
                                                 "--test-coverage-lines",
                                                 "--test-coverage-branches",
                                                 "--test-coverage-functions",
                                                 "--stack-trace-limit",
                                                 NULL};

/* Flags without a value that Lode accepts with no effect. Prefix entries end in '*'. */
static const char *const ignored_flags[] = {"--enable-source-maps",
                                            "--test-only", /* read by node:test */
                                            "--test-force-exit", /* read by node:test */
                                            "--test-update-snapshots",
                                            "--trace-warnings",
                                            "--trace-uncaught",
                                            "--preserve-symlinks",
                                            "--preserve-symlinks-main",
                                            "--abort-on-uncaught-exception",
                                            "--no-addons",
                                            "--no-global-search-paths",
                                            "--frozen-intrinsics",
                                            "--pending-deprecation",
                                            "--trace-exit",
                                            "--trace-sigint",
                                            "--use-strict",
                                            "--jitless",
                                            "--no-opt",
                                            "--zero-fill-buffers",
                                            "--use-openssl-ca",
                                            "--use-bundled-ca",
                                            "--report-on-fatalerror",
                                            "--no-experimental-fetch",
                                            "--no-experimental-global-webcrypto",
                                            "--inspect",
                                            "--inspect-brk",
                                            "--watch",
                                            "--check",
                                            "-c",
                                            "--no-force-async-hooks-checks",
                                            "--experimental-*",
                                            "--no-experimental-*",
                                            "--harmony*",
                                            "--inspect=*",
                                            "--inspect-brk=*",
                                            "--max-old-space-size=*",
                                            "--allow-natives-syntax",
                                            "--expose-internals",
                                            "--insecure-http-parser",
                                            "--no-node-snapshot",
                                            "--force-context-aware",
                                            "--trace-gc",
                                            "--no-deprecation-warnings",
                                            "--openssl-legacy-provider",
                                            "--openssl-shared-config",
                                            "--force-fips",
                                            "--enable-fips",
                                            "--report-uncaught-exception",
                                            "--report-on-signal",
                                            "--no-extra-info-on-fatal-exception",
                                            "--no-network-family-autoselection",
                                            "--network-family-autoselection",
                                            "--strip-types",
                                            "--no-strip-types",
                                            "--no-warnings=*",
                                            NULL};

static bool matches(const char *arg, const char *const *list) {
  for (size_t i = 0; list[i]; i++) {
    size_t n = strlen(list[i]);
    if (list[i][n - 1] == '*') {
      if (strncmp(arg, list[i], n - 1) == 0) return true;
    } else if (strcmp(arg, list[i]) == 0) {
      return true;
    }
  }
  return false;
}

/* Whether arg is "--no-x" for a flag "--x" of list (Node accepts the negation of its boolean
 * flags). */
static bool negates(const char *arg, const char *const *list) {
  char flag[128];
  if (strncmp(arg, "--no-", 5) != 0 || strchr(arg, '=') != NULL || strlen(arg) + 1 > sizeof flag)
    return false;
  snprintf(flag, sizeof flag, "--%s", arg + 5);
  return matches(flag, list);
}

/* Returns the name part of "--name=value" in buf, or arg itself if there is no '='. */
static const char *option_name(const char *arg, char *buf, size_t size, const char **value) {
  const char *eq = arg[0] == '-' && arg[1] == '-' ? strchr(arg, '=') : NULL;
  *value = NULL;
  if (eq == NULL) return arg;
  size_t n = (size_t)(eq - arg) < size - 1 ? (size_t)(eq - arg) : size - 1;
  memcpy(buf, arg, n);
  buf[n] = '\0';
  *value = eq + 1;
  return buf;
}

static _Noreturn void bad_option(const char *arg, const char *why) {
  fprintf(stderr, "lode: %s%s\n", why, arg);
  exit(9);
}

/* Parses one option at args[*i] (advancing *i past a separate value). from_env is set for
 * NODE_OPTIONS, whose options are not listed in process.execArgv. */
static void parse_option(lode_options_t *o, char **args, int n, int *i, bool from_env) {
  char namebuf[128];
  const char *arg = args[*i];
  const char *value;
  const char *name = option_name(arg, namebuf, sizeof namebuf, &value);
  int first = *i;
  static const char *const not_in_env[] = {
      "-e", "--eval",    "-p", "--print",       "-pe", "-h", "--help",
      "-v", "--version", "-i", "--interactive", "-",   "--", "--expose-internals",
      NULL};
  if (from_env && matches(name, not_in_env)) {
    fprintf(stderr, "lode: %s is not allowed in NODE_OPTIONS\n", name);
    exit(9);
  }
#define TAKE_VALUE()                                                                               \
  do {                                                                                             \
    if (value == NULL) {                                                                           \
      if (*i + 1 >= n) {                                                                           \
        fprintf(stderr, "lode: %s requires an argument\n", name);                                  \
        exit(9);                                                                                   \
      }                                                                                            \
      value = args[++*i];                                                                          \
    }                                                                                              \
  } while (0)
  if (!strcmp(name, "-e") || !strcmp(name, "--eval")) {
    TAKE_VALUE();
    o->eval_source = value;
  } else if ((!strcmp(name, "-p") || !strcmp(name, "--print")) && value == NULL && *i + 1 >= n) {
    /* Like Node, -p with nothing after it evaluates standard input and prints the result. */
    o->print_eval = true;
  } else if (!strcmp(name, "-p") || !strcmp(name, "--print")) {
    TAKE_VALUE();
    o->eval_source = value;
    o->print_eval = true;
  } else if (!strcmp(name, "-pe")) {
    TAKE_VALUE();
    o->eval_source = value;
    o->print_eval = true;
  } else if (!strcmp(name, "-r") || !strcmp(name, "--require")) {
    TAKE_VALUE();
    o->requires[o->require_count++] = (char *)value;
  } else if (!strcmp(name, "--import")) {
    TAKE_VALUE();
    o->imports[o->import_count++] = (char *)value;
  } else if (!strcmp(name, "--env-file") || !strcmp(name, "--env-file-if-exists")) {
    TAKE_VALUE();
    o->env_files_optional[o->env_file_count] = name[10] == '-';
    o->env_files[o->env_file_count++] = (char *)value;
  } else if (!strcmp(name, "--input-type")) {
    TAKE_VALUE();
    static const char *const input_types[] = {"module", "commonjs", "module-typescript",
                                              "commonjs-typescript", NULL};
    if (!matches(value, input_types)) {
      fprintf(stderr, "lode: --input-type must be \"module\",\"commonjs\", \"module-typescript\" "
                      "or \"commonjs-typescript\"\n");
      exit(9);
    }
    o->input_type = value;
  } else if (!strcmp(name, "--unhandled-rejections")) {
    TAKE_VALUE();
    static const char *const modes[] = {"throw", "strict", "warn", "warn-with-error-code",
                                        "none",  NULL};
    if (!matches(value, modes)) {
      fprintf(stderr, "lode: invalid value for --unhandled-rejections\n");
      exit(9);
    }
    o->unhandled_rejections = value;
  } else if (!strcmp(name, "-i") || !strcmp(name, "--interactive")) {
    o->interactive = true;
  } else if (!strcmp(name, "--test")) {
    o->test_runner = true;
  } else if (!strcmp(name, "--expose-gc") || !strcmp(name, "--expose_gc")) {
    o->expose_gc = true;
  } else if (!strcmp(name, "--no-warnings")) {
    o->no_warnings = true;
  } else if (!strcmp(name, "--no-deprecation")) {
    o->no_deprecation = true;
  } else if (!strcmp(name, "--throw-deprecation") || !strcmp(name, "--no-throw-deprecation")) {
    o->throw_deprecation = name[2] != 'n';
  } else if (!strcmp(name, "--trace-deprecation") || !strcmp(name, "--no-trace-deprecation")) {
    o->trace_deprecation = name[2] != 'n';
  } else if (!strcmp(name, "--pending-deprecation") ||
             !strcmp(name, "--no-pending-deprecation")) {
    o->pending_deprecation = name[2] != 'n';
  } else if (!strcmp(name, "-h") || !strcmp(name, "--help")) {
    fputs(usage, stdout);
    exit(0);
  } else if (!strcmp(name, "-v") || !strcmp(name, "--version")) {
    printf("%s (lode %s)\n", LODE_NODE_VERSION, LODE_VERSION);
    exit(0);
  } else if (matches(name, ignored_with_value)) {
    TAKE_VALUE();
  } else if (matches(arg, ignored_flags) || negates(arg, ignored_flags)) {
    /* accepted, no effect */
  } else {
    bad_option(arg, "bad option: ");
  }
#undef TAKE_VALUE
  if (!from_env)
    for (int k = first; k <= *i; k++)
      o->exec_argv[o->exec_argc++] = args[k];
}

/* Splits NODE_OPTIONS on spaces, honouring double quotes and backslash escapes. */
static char **split_node_options(const char *s, int *count) {
  size_t len = strlen(s);
  char **out = calloc(len / 2 + 2, sizeof(char *));
  char *buf = malloc(len + 1);
  int n = 0;
  size_t b = 0;
  bool in_word = false, quoted = false;
  for (size_t i = 0; i <= len; i++) {
    char c = s[i];
    if (c == '\0' || (!quoted && c == ' ')) {
      if (in_word) {
        buf[b++] = '\0';
        out[n++] = strdup(buf);
        b = 0;
        in_word = false;
      }
      continue;
    }
    in_word = true;
    if (c == '"') {
      quoted = !quoted;
    } else if (c == '\\' && quoted && s[i + 1]) {
      buf[b++] = s[++i];
    } else {
      buf[b++] = c;
    }
  }
  free(buf);
  *count = n;
  return out;
}

int main(int argc, char **argv) {
  /* As Node does, a closed standard fd becomes /dev/null before anything else can open a
   * file there: libuv would otherwise get fd 0-2 for its own descriptors (and abort when
   * closing them), and process.stdin/stdout would be some unrelated file. */
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF)
      (void)open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
  }
  argv = uv_setup_args(argc, argv);
  /* As in Node, a write to a closed pipe or socket fails with EPIPE instead of killing us. */
  signal(SIGPIPE, SIG_IGN);
  lode_options_t o = {0};
  o.argc = argc;
  o.argv = argv;
  const char *env_opts = getenv("NODE_OPTIONS");
  char **env_args = NULL;
  int env_argc = 0;
  if (env_opts && *env_opts) env_args = split_node_options(env_opts, &env_argc);
  /* Every -r could come from either list, so size for both. */
  o.exec_argv = calloc((size_t)argc + 1, sizeof(char *));
  o.requires = calloc((size_t)argc + (size_t)env_argc + 1, sizeof(char *));
  o.imports = calloc((size_t)argc + (size_t)env_argc + 1, sizeof(char *));
  o.env_files = calloc((size_t)argc + (size_t)env_argc + 1, sizeof(char *));
  o.env_files_optional = calloc((size_t)argc + (size_t)env_argc + 1, sizeof(bool));
  CHECK(o.exec_argv != NULL && o.requires != NULL && o.imports != NULL && o.env_files != NULL &&
        o.env_files_optional != NULL);
  for (int i = 0; i < env_argc; i++) {
    if (env_args[i][0] != '-') {
      fprintf(stderr, "lode: %s is not allowed in NODE_OPTIONS\n", env_args[i]);
      return 9;
    }
    parse_option(&o, env_args, env_argc, &i, true);
  }

  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) {
      i++;
      break;
    }
    if (!strcmp(a, "-")) {
      o.force_stdin = true;
      break;
    }
    if (a[0] != '-' || a[1] == '\0') break;
    parse_option(&o, argv, argc, &i, false);
  }
  o.script_argc = argc - i;
  o.script_argv = argv + i;
  int code = lode_runtime_run(&o);
  for (int k = 0; k < env_argc; k++)
    free(env_args[k]);
  free(env_args);
  free(o.exec_argv);
  free(o.requires);
  free(o.imports);
  free(o.env_files);
  free(o.env_files_optional);
  return code;
}
