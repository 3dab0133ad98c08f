/* Heap figures for node:v8 (getHeapStatistics and friends).
 *
 * JavaScriptCore reports its heap through JSGetMemoryUsageStatistics, exported by the
 * library but declared only in the private JSBasePrivate.h: it returns a new object with
 * heapSize (bytes in live cells), heapCapacity (bytes the heap holds, used or not),
 * extraMemorySize (memory outside the heap reported by cells, ArrayBuffer contents among
 * it), objectCount, protectedObjectCount, globalObjectCount, protectedGlobalObjectCount and
 * objectTypeCounts (which walks the whole heap: a few ms on a large one). The allocator
 * and the OS give the rest. */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "index.h"

JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);

static double number_property(JSContextRef ctx, JSObjectRef obj, const char *name) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, key, NULL);
  JSStringRelease(key);
  double n = v ? JSValueToNumber(ctx, v, NULL) : 0;
  return n == n ? n : 0;
}

/* heapStatistics() → [heapSize, heapCapacity, extraMemorySize, objectCount,
 * protectedObjectCount, globalObjectCount, mallocedBytes, rss, totalMemory, addressSpaceLimit]
 * (the last is 0 when unlimited). */
static JSValueRef heap_statistics_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  /* Always fresh, at the price of the walk (~100 ns per live object): figures reused from
   * an earlier walk would miss what the program just allocated. */
  static const char *const names[6] = {"heapSize",    "heapCapacity",         "extraMemorySize",
                                       "objectCount", "protectedObjectCount", "globalObjectCount"};
  double f[10] = {0};
  JSObjectRef stats = JSGetMemoryUsageStatistics(ctx);
  for (int i = 0; stats && i < 6; i++)
    f[i] = number_property(ctx, stats, names[i]);
  struct mallinfo2 mi = mallinfo2();
  f[6] = (double)(mi.uordblks + mi.hblkhd);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  f[7] = (double)rss;
  f[8] = (double)uv_get_total_memory();
  struct rlimit limit;
  if (getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
    f[9] = (double)limit.rlim_cur;
  }
  JSValueRef out[10];
  for (int i = 0; i < 10; i++)
    out[i] = JSValueMakeNumber(ctx, f[i]);
  return lode_js_array(ctx, 10, out);
}

/* The serializer must know whether an array has own properties besides its elements, and
 * Object.keys on an array costs ~0.3-0.5 us per element in JavaScriptCore (every index
 * becomes a string). An array with no other own property keeps one of the global object's
 * array structures (one per storage kind), which never change; adding a named property
 * moves it to a structure of its own. So classify() compares the object's StructureID (the
 * first 4 bytes of a JSCell) with those of arrays made at start-up, and reads the cell's
 * JSType (byte 5) to spot proxies. probe_layout checks both on known objects first and
 * disables the fast answer if anything differs, so another engine version only makes
 * serialization slower. */
#define JSCELL_TYPE_OFFSET 5
#define MAX_ARRAY_STRUCTURES 32

static bool layout_ok;
static uint8_t proxy_type;
static uint32_t array_structures[MAX_ARRAY_STRUCTURES];
static size_t array_structure_count;

static uint32_t structure_id(JSValueRef v) {
  uint32_t id;
  memcpy(&id, v, sizeof id);
  return id;
}

static bool is_plain_array_structure(uint32_t id) {
  for (size_t i = 0; i < array_structure_count; i++)
    if (array_structures[i] == id) return true;
  return false;
}

static void probe_layout(JSContextRef ctx) {
  /* Arrays of every storage kind (literals of constants are copy-on-write in JSC), then
   * the checks: a second array of a kind, one with a named property, a proxy. */
  JSValueRef kinds =
      lode_js_eval(ctx, "(() => { const big = []; big[1e6] = 1; const holey = [1];"
                        " holey[5] = 2; const strs = []; strs.push('a');"
                        " const dbl = []; dbl.push(1.5); const ints = []; ints.push(1);"
                        " return [[], [1, 2], [1.5, 2.5], ['a', 'b'], [{}], new Array(3),"
                        " big, holey, strs, dbl, ints, [1, 'x'].slice(), Array.from('ab'),"
                        " Array.of(1), [0.5].map((x) => x)]; })()");
  JSValueRef checks =
      lode_js_eval(ctx, "(() => { const named = [1]; named.x = 1;"
                        " return [named, new Proxy([], {}), new Proxy({}, {}), {}, [3, 4],"
                        " Object.setPrototypeOf([1], null)]; })()");
  if (!kinds || !checks || !JSValueIsObject(ctx, kinds) || !JSValueIsObject(ctx, checks)) return;
  JSObjectRef list = (JSObjectRef)kinds;
  /* The probe arrays stay alive, so that no structure recorded here can ever be collected
   * and its StructureID reused for another. */
  JSValueProtect(ctx, kinds);
  for (unsigned i = 0; i < 15; i++) {
    JSValueRef a = JSObjectGetPropertyAtIndex(ctx, list, i, NULL);
    if (!a || !JSValueIsArray(ctx, a)) return;
    uint32_t id = structure_id(a);
    if (!is_plain_array_structure(id) && array_structure_count < MAX_ARRAY_STRUCTURES)
      array_structures[array_structure_count++] = id;
  }
  JSObjectRef c = (JSObjectRef)checks;
  JSValueRef named = JSObjectGetPropertyAtIndex(ctx, c, 0, NULL);
  JSValueRef array_proxy = JSObjectGetPropertyAtIndex(ctx, c, 1, NULL);
  JSValueRef proxy = JSObjectGetPropertyAtIndex(ctx, c, 2, NULL);
  JSValueRef object = JSObjectGetPropertyAtIndex(ctx, c, 3, NULL);
  JSValueRef pair = JSObjectGetPropertyAtIndex(ctx, c, 4, NULL);
  JSValueRef no_proto = JSObjectGetPropertyAtIndex(ctx, c, 5, NULL);
  JSValueRef all[] = {named, array_proxy, proxy, object, pair, no_proto};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    if (!all[i] || !JSValueIsObject(ctx, all[i])) return;
  proxy_type = ((const uint8_t *)proxy)[JSCELL_TYPE_OFFSET];
  layout_ok = array_structure_count > 0 && !is_plain_array_structure(structure_id(named)) &&
              !is_plain_array_structure(structure_id(array_proxy)) &&
              !is_plain_array_structure(structure_id(object)) &&
              !is_plain_array_structure(structure_id(no_proto)) &&
              is_plain_array_structure(structure_id(pair)) &&
              ((const uint8_t *)array_proxy)[JSCELL_TYPE_OFFSET] == proxy_type &&
              ((const uint8_t *)object)[JSCELL_TYPE_OFFSET] != proxy_type &&
              ((const uint8_t *)named)[JSCELL_TYPE_OFFSET] != proxy_type;
}

static int kind_of(JSContextRef ctx, JSValueRef v) {
  if (!layout_ok || !JSValueIsObject(ctx, v)) return 0;
  if (is_plain_array_structure(structure_id(v))) return 1;
  if (((const uint8_t *)v)[JSCELL_TYPE_OFFSET] == proxy_type) return 2;
  return 0;
}

/* classify(value) → 1 for an array of this realm with no own property but its elements
 * (and the usual prototype), 2 for a proxy, 0 for anything else or when unsure (then the
 * caller checks the slow way). */
static JSValueRef classify_cb(LODE_CB_PARAMS) {
  LODE_CB_UNUSED;
  return JSValueMakeNumber(ctx, argc > 0 ? kind_of(ctx, argv[0]) : 0);
}

/* classifyList(...values) → a string with one digit per argument, each classify()'s answer:
 * one native call for all the values of a container (a call costs more than the check). */
LODE_LOCKED_CB(classify_list_cb) {
  LODE_CB_UNUSED;
  char stack_buf[1025];
  char *kinds = argc < sizeof stack_buf ? stack_buf : malloc(argc + 1);
  if (!kinds) return JSValueMakeUndefined(ctx);
  for (size_t i = 0; i < argc; i++)
    kinds[i] = (char)('0' + kind_of(ctx, argv[i]));
  kinds[argc] = '\0';
  JSStringRef str = JSStringCreateWithUTF8CString(kinds);
  if (kinds != stack_buf) free(kinds);
  JSValueRef result = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  return result;
}

JSObjectRef lode_binding_v8(lode_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  probe_layout(ctx);
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  lode_js_set_function(ctx, b, "heapStatistics", heap_statistics_cb);
  lode_js_set_function(ctx, b, "classify", classify_cb);
  lode_js_set_function(ctx, b, "classifyList", classify_list_cb);
  lode_js_set(ctx, b, "layoutAvailable", JSValueMakeBoolean(ctx, layout_ok));
  return b;
}
