/* Lode's Node-API: the types of the runtime part (async work, thread-safe functions,
 * cleanup hooks, versions). Written for Lode from the Node-API documentation. */
#ifndef SRC_NODE_API_TYPES_H_
#define SRC_NODE_API_TYPES_H_

#include "js_native_api_types.h"

typedef struct napi_callback_scope__ *napi_callback_scope;
typedef struct napi_async_context__ *napi_async_context;
typedef struct napi_async_work__ *napi_async_work;
typedef struct napi_threadsafe_function__ *napi_threadsafe_function;
typedef struct napi_async_cleanup_hook_handle__ *napi_async_cleanup_hook_handle;

typedef void(NAPI_CDECL *napi_cleanup_hook)(void *arg);
typedef void(NAPI_CDECL *napi_async_execute_callback)(napi_env env, void *data);
typedef void(NAPI_CDECL *napi_async_complete_callback)(napi_env env, napi_status status, void *data);
typedef void(NAPI_CDECL *napi_threadsafe_function_call_js)(napi_env env, napi_value js_callback,
                                                          void *context, void *data);
typedef void(NAPI_CDECL *napi_async_cleanup_hook)(napi_async_cleanup_hook_handle handle, void *data);

typedef enum { napi_tsfn_release, napi_tsfn_abort } napi_threadsafe_function_release_mode;
typedef enum { napi_tsfn_nonblocking, napi_tsfn_blocking } napi_threadsafe_function_call_mode;

typedef struct {
  uint32_t major;
  uint32_t minor;
  uint32_t patch;
  const char *release;
} napi_node_version;

#endif
