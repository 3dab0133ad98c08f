/* The floor for any JavaScriptCore runtime: load the library, create a context, evaluate 0. */
#include <JavaScriptCore/JavaScript.h>

int main(void) {
  JSGlobalContextRef ctx = JSGlobalContextCreate(NULL);
  JSStringRef src = JSStringCreateWithUTF8CString("0");
  JSEvaluateScript(ctx, src, NULL, NULL, 1, NULL);
  JSStringRelease(src);
  JSGlobalContextRelease(ctx);
  return 0;
}
