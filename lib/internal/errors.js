'use strict';

// Node's error classes, codes and messages.
//
// `codes.ERR_X` is a class extending the built-in error named in its
// definition; instances carry an own enumerable `code`, a non-enumerable
// `message`, and print as `TypeError [ERR_X]: message` (toString and the
// stack header alike). Classes are created on first use: most programs touch
// a handful of the ~300 codes. The codes are one table in a string (a string
// literal costs the engine little more than scanning it, where ~300
// definition calls and the message functions cost ~10M instructions at every
// load); messages are built by internal/errors/messages, loaded when the
// first error whose message needs formatting is constructed.
//
// System errors from libuv (UVException, ErrnoException, ...) are plain
// Errors with `errno` (negative), `code`, `syscall` and `path`, `dest`,
// `address` or `port`; names and descriptions come from
// internalBinding('uv'), read the first time such an error is built.

const { captureCallerStackTrace, kIsNodeError } = require('internal/stack');

const {
  defineProperty, defineProperties, getOwnPropertyDescriptor, isExtensible,
} = Object;
const { isArray } = Array;

// ---------------------------------------------------------------------------
// Node errors

// One line per code: `CODE|Base[,OtherBase...]|template`, where the template is util.format's
// (`%s`...) and an empty one means a function of internal/errors/messages builds the message.
// Other bases become `codes[code].RangeError` and the like.
const kCodeTable = `
ERR_ACCESS_DENIED|Error|
ERR_AMBIGUOUS_ARGUMENT|TypeError|The "%s" argument is ambiguous. %s
ERR_ARG_NOT_ITERABLE|TypeError|%s must be iterable
ERR_ASSERTION|Error|%s
ERR_ASYNC_CALLBACK|TypeError|%s must be a function
ERR_ASYNC_LOADER_REQUEST_NEVER_SETTLED|Error|Async loader request never settled
ERR_ASYNC_TYPE|TypeError|Invalid name for async "type": %s
ERR_BROTLI_INVALID_PARAM|RangeError|%s is not a valid Brotli parameter
ERR_BUFFER_OUT_OF_BOUNDS|RangeError|
ERR_BUFFER_TOO_LARGE|RangeError|Cannot create a Buffer larger than %s bytes
ERR_CANNOT_WATCH_SIGINT|Error|Cannot watch for SIGINT signals
ERR_CHILD_CLOSED_BEFORE_REPLY|Error|Child closed before reply received
ERR_CHILD_PROCESS_IPC_REQUIRED|Error|Forked processes must have an IPC channel, missing value 'ipc' in %s
ERR_CHILD_PROCESS_STDIO_MAXBUFFER|RangeError|%s maxBuffer length exceeded
ERR_CONSOLE_WRITABLE_STREAM|TypeError|Console expects a writable stream instance for %s
ERR_CONSTRUCT_CALL_REQUIRED|TypeError|Class constructor %s cannot be invoked without \`new\`
ERR_CONTEXT_NOT_INITIALIZED|Error|context used is not initialized
ERR_CRYPTO_ARGON2_NOT_SUPPORTED|Error|Argon2 algorithm not supported
ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED|Error|Custom engines not supported by this OpenSSL
ERR_CRYPTO_ECDH_INVALID_FORMAT|TypeError|Invalid ECDH format: %s
ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY|Error|Public key is not valid for specified curve
ERR_CRYPTO_ENGINE_UNKNOWN|Error|Engine "%s" was not found
ERR_CRYPTO_FIPS_FORCED|Error|Cannot set FIPS mode, it was forced with --force-fips at startup.
ERR_CRYPTO_FIPS_UNAVAILABLE|Error|Cannot set FIPS mode in a non-FIPS build.
ERR_CRYPTO_HASH_FINALIZED|Error|Digest already called
ERR_CRYPTO_HASH_UPDATE_FAILED|Error|Hash update failed
ERR_CRYPTO_INCOMPATIBLE_KEY|Error|Incompatible %s: %s
ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS|Error|The selected key encoding %s %s.
ERR_CRYPTO_INVALID_CURVE|TypeError|Invalid EC curve name
ERR_CRYPTO_INVALID_DIGEST|TypeError|Invalid digest: %s
ERR_CRYPTO_INVALID_AUTH_TAG|TypeError|Invalid authentication tag length: %s
ERR_CRYPTO_INVALID_IV|TypeError|Invalid initialization vector
ERR_CRYPTO_INVALID_JWK|TypeError|Invalid JWK data
ERR_CRYPTO_INVALID_KEYLEN|RangeError|Invalid key length
ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE|TypeError|Invalid key object type %s, expected %s.
ERR_CRYPTO_INVALID_KEYPAIR|RangeError|Invalid key pair
ERR_CRYPTO_INVALID_KEYTYPE|RangeError|Invalid key type
ERR_CRYPTO_INVALID_MESSAGELEN|RangeError|Invalid message length
ERR_CRYPTO_INVALID_SCRYPT_PARAMS|RangeError|
ERR_CRYPTO_INVALID_STATE|Error|Invalid state for operation %s
ERR_CRYPTO_KEM_NOT_SUPPORTED|Error|KEM is not supported
ERR_CRYPTO_JWK_UNSUPPORTED_CURVE|Error|Unsupported JWK EC curve: %s.
ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE|Error|Unsupported JWK Key Type.
ERR_CRYPTO_OPERATION_FAILED|Error|%s
ERR_CRYPTO_PBKDF2_ERROR|Error|PBKDF2 error
ERR_CRYPTO_SCRYPT_NOT_SUPPORTED|Error|Scrypt algorithm not supported
ERR_CRYPTO_SIGN_KEY_REQUIRED|Error|No key provided to sign
ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH|RangeError|Input buffers must have the same byte length
ERR_CRYPTO_UNKNOWN_CIPHER|Error|Unknown cipher
ERR_CRYPTO_UNKNOWN_DH_GROUP|Error|Unknown DH group
ERR_CRYPTO_UNSUPPORTED_OPERATION|Error|Unsupported crypto operation
ERR_DEBUGGER_ERROR|Error|%s
ERR_DEBUGGER_STARTUP_ERROR|Error|
ERR_DIR_CLOSED|Error|Directory handle was closed
ERR_DIR_CONCURRENT_OPERATION|Error|Cannot do synchronous work on directory handle with concurrent asynchronous operations
ERR_DNS_SET_SERVERS_FAILED|Error|c-ares failed to set servers: "%s" [%s]
ERR_DOMAIN_CALLBACK_NOT_AVAILABLE|Error|A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the \`domain\` module
ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE|Error|The \`domain\` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()
ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION|Error|Deserialize main function is already configured.
ERR_ENCODING_INVALID_ENCODED_DATA|TypeError|
ERR_ENCODING_NOT_SUPPORTED|RangeError|The "%s" encoding is not supported
ERR_EVAL_ESM_CANNOT_PRINT|Error|--print cannot be used with ESM input
ERR_EVENT_RECURSION|Error|The event "%s" is already being dispatched
ERR_FALSY_VALUE_REJECTION|Error|
ERR_FEATURE_UNAVAILABLE_ON_PLATFORM|TypeError|The feature %s is unavailable on the current platform, which is being used to run Node.js
ERR_FS_CP_DIR_TO_NON_DIR|SystemError|Cannot overwrite non-directory with directory
ERR_FS_CP_EEXIST|SystemError|Target already exists
ERR_FS_CP_EINVAL|SystemError|Invalid src or dest
ERR_FS_CP_FIFO_PIPE|SystemError|Cannot copy a FIFO pipe
ERR_FS_CP_NON_DIR_TO_DIR|SystemError|Cannot overwrite directory with non-directory
ERR_FS_CP_SOCKET|SystemError|Cannot copy a socket file
ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY|SystemError|Cannot overwrite symlink in subdirectory of self
ERR_FS_CP_UNKNOWN|SystemError|Cannot copy an unknown file type
ERR_FS_EISDIR|SystemError|Path is a directory
ERR_FS_FILE_TOO_LARGE|RangeError|File size (%s) is greater than 2 GiB
ERR_FS_WATCH_QUEUE_OVERFLOW|Error|fs.watch() queued more than %d events
ERR_HTTP2_ALTSVC_INVALID_ORIGIN|TypeError|HTTP/2 ALTSVC frames require a valid origin
ERR_HTTP2_ALTSVC_LENGTH|TypeError|HTTP/2 ALTSVC frames are limited to 16382 bytes
ERR_HTTP2_CONNECT_AUTHORITY|Error|:authority header is required for CONNECT requests
ERR_HTTP2_CONNECT_PATH|Error|The :path header is forbidden for CONNECT requests
ERR_HTTP2_CONNECT_SCHEME|Error|The :scheme header is forbidden for CONNECT requests
ERR_HTTP2_GOAWAY_SESSION|Error|New streams cannot be created after receiving a GOAWAY
ERR_HTTP2_HEADERS_AFTER_RESPOND|Error|Cannot specify additional headers after response initiated
ERR_HTTP2_HEADERS_SENT|Error|Response has already been initiated.
ERR_HTTP2_HEADER_SINGLE_VALUE|TypeError|Header field "%s" must only have a single value
ERR_HTTP2_INFO_STATUS_NOT_ALLOWED|RangeError|Informational status codes cannot be used
ERR_HTTP2_INVALID_CONNECTION_HEADERS|TypeError|HTTP/1 Connection specific headers are forbidden: "%s"
ERR_HTTP2_INVALID_HEADER_VALUE|TypeError|Invalid value "%s" for header "%s"
ERR_HTTP2_INVALID_INFO_STATUS|RangeError|Invalid informational status code: %s
ERR_HTTP2_INVALID_ORIGIN|TypeError|HTTP/2 ORIGIN frames require a valid origin
ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH|RangeError|Packed settings length must be a multiple of six
ERR_HTTP2_INVALID_PSEUDOHEADER|TypeError|"%s" is an invalid pseudoheader or is used incorrectly
ERR_HTTP2_INVALID_SESSION|Error|The session has been destroyed
ERR_HTTP2_INVALID_SETTING_VALUE|TypeError,RangeError|
ERR_HTTP2_INVALID_STREAM|Error|The stream has been destroyed
ERR_HTTP2_MAX_PENDING_SETTINGS_ACK|Error|Maximum number of pending settings acknowledgements
ERR_HTTP2_NESTED_PUSH|Error|A push stream cannot initiate another push stream.
ERR_HTTP2_NO_MEM|Error|Out of memory
ERR_HTTP2_NO_SOCKET_MANIPULATION|Error|HTTP/2 sockets should not be directly manipulated (e.g. read and written)
ERR_HTTP2_ORIGIN_LENGTH|TypeError|HTTP/2 ORIGIN frames are limited to 16382 bytes
ERR_HTTP2_OUT_OF_STREAMS|Error|No stream ID is available because maximum stream ID has been reached
ERR_HTTP2_PAYLOAD_FORBIDDEN|Error|Responses with %s status must not have a payload
ERR_HTTP2_PING_CANCEL|Error|HTTP2 ping cancelled
ERR_HTTP2_PING_LENGTH|RangeError|HTTP2 ping payload must be 8 bytes
ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED|TypeError|Cannot set HTTP/2 pseudo-headers
ERR_HTTP2_PUSH_DISABLED|Error|HTTP/2 client has disabled push streams
ERR_HTTP2_SEND_FILE|Error|Directories cannot be sent
ERR_HTTP2_SEND_FILE_NOSEEK|Error|Offset or length can only be specified for regular files
ERR_HTTP2_SESSION_ERROR|Error|Session closed with error code %s
ERR_HTTP2_SETTINGS_CANCEL|Error|HTTP2 session settings canceled
ERR_HTTP2_SOCKET_BOUND|Error|The socket is already bound to an Http2Session
ERR_HTTP2_SOCKET_UNBOUND|Error|The socket has been disconnected from the Http2Session
ERR_HTTP2_STATUS_101|Error|HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2
ERR_HTTP2_STATUS_INVALID|RangeError|Invalid status code: %s
ERR_HTTP2_STREAM_CANCEL|Error|
ERR_HTTP2_STREAM_ERROR|Error|Stream closed with error code %s
ERR_HTTP2_STREAM_SELF_DEPENDENCY|Error|A stream cannot depend on itself
ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS|Error|Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS
ERR_HTTP2_TOO_MANY_INVALID_FRAMES|Error|Too many invalid HTTP/2 frames
ERR_HTTP2_TOO_MANY_ORIGINS|Error|The server sent more ORIGIN frames than the allowed number of %s
ERR_HTTP2_TRAILERS_ALREADY_SENT|Error|Trailing headers have already been sent
ERR_HTTP2_TRAILERS_NOT_READY|Error|Trailing headers cannot be sent until after the wantTrailers event is emitted
ERR_HTTP2_UNSUPPORTED_PROTOCOL|Error|protocol "%s" is unsupported.
ERR_HTTP_BODY_NOT_ALLOWED|Error|Adding content for this request method or response status is not allowed.
ERR_HTTP_CONTENT_LENGTH_MISMATCH|Error|Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header
ERR_HTTP_HEADERS_SENT|Error|Cannot %s headers after they are sent to the client
ERR_HTTP_INVALID_HEADER_VALUE|TypeError|Invalid value "%s" for header "%s"
ERR_HTTP_INVALID_STATUS_CODE|RangeError|Invalid status code: %s
ERR_HTTP_REQUEST_TIMEOUT|Error|Request timeout
ERR_HTTP_SOCKET_ASSIGNED|Error|ServerResponse has an already assigned socket
ERR_HTTP_SOCKET_ENCODING|Error|Changing the socket encoding is not allowed per RFC7230 Section 3.
ERR_HTTP_TRAILER_INVALID|Error|Trailers are invalid with this transfer encoding
ERR_ILLEGAL_CONSTRUCTOR|TypeError|Illegal constructor
ERR_IMPORT_ATTRIBUTE_MISSING|TypeError|Module "%s" needs an import attribute of "%s: %s"
ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE|TypeError|Module "%s" is not of type "%s"
ERR_IMPORT_ATTRIBUTE_UNSUPPORTED|TypeError|
ERR_INCOMPATIBLE_OPTION_PAIR|TypeError|Option "%s" cannot be used in combination with option "%s"
ERR_INPUT_TYPE_NOT_ALLOWED|Error|--input-type can only be used with string input via --eval, --print, or STDIN
ERR_INSPECTOR_ALREADY_ACTIVATED|Error|Inspector is already activated. Close it with inspector.close() before activating it again.
ERR_INSPECTOR_ALREADY_CONNECTED|Error|%s is already connected
ERR_INSPECTOR_CLOSED|Error|Session was closed
ERR_INSPECTOR_COMMAND|Error|Inspector error %d: %s
ERR_INSPECTOR_NOT_ACTIVE|Error|Inspector is not active
ERR_INSPECTOR_NOT_AVAILABLE|Error|Inspector is not available
ERR_INSPECTOR_NOT_CONNECTED|Error|Session is not connected
ERR_INSPECTOR_NOT_WORKER|Error|Current thread is not a worker
ERR_INTERNAL_ASSERTION|Error|
ERR_INVALID_ADDRESS|Error|Invalid socket address
ERR_INVALID_ADDRESS_FAMILY|RangeError|
ERR_INVALID_ARG_TYPE|TypeError|
ERR_INVALID_ARG_VALUE|TypeError,RangeError|
ERR_INVALID_ASYNC_ID|RangeError|Invalid %s value: %s
ERR_INVALID_BUFFER_SIZE|RangeError|Buffer size must be a multiple of %s
ERR_INVALID_CHAR|TypeError|
ERR_INVALID_CURSOR_POS|TypeError|Cannot set cursor row without setting its column
ERR_INVALID_FD|RangeError|"fd" must be a positive integer: %s
ERR_INVALID_FD_TYPE|TypeError|Unsupported fd type: %s
ERR_INVALID_FILE_URL_HOST|TypeError|File URL host must be "localhost" or empty on %s
ERR_INVALID_FILE_URL_PATH|TypeError|
ERR_INVALID_HANDLE_TYPE|TypeError|This handle type cannot be sent
ERR_INVALID_HTTP_TOKEN|TypeError|%s must be a valid HTTP token ["%s"]
ERR_INVALID_IP_ADDRESS|TypeError|Invalid IP address: %s
ERR_INVALID_MIME_SYNTAX|TypeError|
ERR_INVALID_MODULE_SPECIFIER|TypeError|
ERR_INVALID_OPT_VALUE|TypeError,RangeError|
ERR_INVALID_OBJECT_DEFINE_PROPERTY|TypeError|%s
ERR_INVALID_PACKAGE_CONFIG|Error|
ERR_INVALID_PACKAGE_TARGET|Error|
ERR_INVALID_PROTOCOL|TypeError|Protocol "%s" not supported. Expected "%s"
ERR_INVALID_REPL_EVAL_CONFIG|TypeError|Cannot specify both "breakEvalOnSigint" and "eval" for REPL
ERR_INVALID_REPL_INPUT|TypeError|%s
ERR_INVALID_RETURN_PROPERTY|TypeError|
ERR_INVALID_RETURN_PROPERTY_VALUE|TypeError|
ERR_INVALID_RETURN_VALUE|TypeError,RangeError|
ERR_INVALID_STATE|Error,TypeError,RangeError|Invalid state: %s
ERR_INVALID_SYNC_FORK_INPUT|TypeError|Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s
ERR_INVALID_THIS|TypeError|Value of "this" must be of type %s
ERR_INVALID_TUPLE|TypeError|%s must be an iterable %s tuple
ERR_INVALID_TYPESCRIPT_SYNTAX|SyntaxError|%s
ERR_INVALID_URI|URIError|URI malformed
ERR_INVALID_URL|TypeError|
ERR_INVALID_URL_SCHEME|TypeError|
ERR_IPC_CHANNEL_CLOSED|Error|Channel closed
ERR_IPC_DISCONNECTED|Error|IPC channel is already disconnected
ERR_IPC_ONE_PIPE|Error|Child process can have only one IPC pipe
ERR_IPC_SYNC_FORK|Error|IPC cannot be used with synchronous forks
ERR_IP_BLOCKED|Error|
ERR_LOADER_CHAIN_INCOMPLETE|Error|"%s" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include \`shortCircuit: true\` in the hook's return.
ERR_METHOD_NOT_IMPLEMENTED|Error|The %s method is not implemented
ERR_MISSING_ARGS|TypeError|
ERR_MISSING_OPTION|TypeError|%s is required
ERR_MISSING_PASSPHRASE|TypeError|Passphrase required for encrypted key
ERR_MODULE_LINK_MISMATCH|TypeError|%s
ERR_MODULE_NOT_FOUND|Error|
ERR_MULTIPLE_CALLBACK|Error|Callback called multiple times
ERR_NAPI_CONS_FUNCTION|TypeError|Constructor must be a function
ERR_NAPI_INVALID_DATAVIEW_ARGS|RangeError|byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in
ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT|RangeError|start offset of %s should be a multiple of %s
ERR_NAPI_INVALID_TYPEDARRAY_LENGTH|RangeError|Invalid typed array length
ERR_NOT_BUILDING_SNAPSHOT|Error|Operation cannot be invoked when not building startup snapshot
ERR_NOT_IMPLEMENTED|Error|%s is not implemented in Lode yet
ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION|Error|Operation cannot be invoked when not in a single-executable application
ERR_NOT_SUPPORTED_IN_SNAPSHOT|Error|%s is not supported in startup snapshot
ERR_NO_CRYPTO|Error|Node.js is not compiled with OpenSSL crypto support
ERR_NO_ICU|TypeError|%s is not supported on Node.js compiled without ICU
ERR_NO_TYPESCRIPT|Error|Node.js is not compiled with TypeScript support
ERR_OPERATION_FAILED|Error,TypeError|Operation failed: %s
ERR_OUT_OF_RANGE|RangeError|
ERR_PACKAGE_IMPORT_NOT_DEFINED|TypeError|
ERR_PACKAGE_PATH_NOT_EXPORTED|Error|
ERR_PACKAGE_MAP_EXTERNAL_FILE|Error|
ERR_PACKAGE_MAP_INVALID|SyntaxError|
ERR_PACKAGE_MAP_KEY_NOT_FOUND|Error|
ERR_PARSE_ARGS_INVALID_OPTION_VALUE|TypeError|%s
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL|TypeError|Unexpected argument '%s'. This command does not take positional arguments
ERR_PARSE_ARGS_UNKNOWN_OPTION|TypeError|
ERR_PERFORMANCE_INVALID_TIMESTAMP|TypeError|%d is not a valid timestamp
ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS|TypeError|%s
ERR_PROXY_INVALID_CONFIG|Error|%s
ERR_PROXY_TUNNEL|Error|%s
ERR_QUIC_CONNECTION_FAILED|Error|QUIC connection failed
ERR_QUIC_ENDPOINT_CLOSED|Error|QUIC endpoint closed: %s (%d)
ERR_QUIC_OPEN_STREAM_FAILED|Error|Failed to open QUIC stream
ERR_QUIC_STREAM_ABORTED|Error|%s
ERR_QUIC_STREAM_RESET|Error|The QUIC stream was reset by the peer with error code %d
ERR_QUIC_VERSION_NEGOTIATION_ERROR|Error|The QUIC session requires version negotiation
ERR_REQUIRE_ASYNC_MODULE|Error|
ERR_REQUIRE_CYCLE_MODULE|Error|%s
ERR_REQUIRE_ESM|Error|
ERR_REQUIRE_ESM_RACE_CONDITION|Error|
ERR_SCRIPT_EXECUTION_INTERRUPTED|Error|Script execution was interrupted by \`SIGINT\`
ERR_SCRIPT_EXECUTION_TIMEOUT|Error|Script execution timed out after %sms
ERR_SERVER_ALREADY_LISTEN|Error|Listen method has been called more than once without closing.
ERR_SERVER_NOT_RUNNING|Error|Server is not running.
ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND|Error|Cannot find asset %s for the single executable application
ERR_SOCKET_ALREADY_BOUND|Error|Socket is already bound
ERR_SOCKET_BAD_BUFFER_SIZE|TypeError|Buffer size must be a positive integer
ERR_SOCKET_BAD_PORT|RangeError|
ERR_SOCKET_BAD_TYPE|TypeError|Bad socket type specified. Valid types are: udp4, udp6
ERR_SOCKET_BUFFER_SIZE|SystemError|Could not get or set buffer size
ERR_SOCKET_CLOSED|Error|Socket is closed
ERR_SOCKET_CLOSED_BEFORE_CONNECTION|Error|Socket closed before the connection was established
ERR_SOCKET_CONNECTION_TIMEOUT|Error|Socket connection timeout
ERR_SOCKET_DGRAM_IS_CONNECTED|Error|Already connected
ERR_SOCKET_DGRAM_NOT_CONNECTED|Error|Not connected
ERR_SOCKET_DGRAM_NOT_RUNNING|Error|Not running
ERR_SOCKET_HANDLE_ADOPTED|Error|The bound socket has already been adopted by a server or socket
ERR_SOURCE_MAP_CORRUPT|Error|The source map for '%s' does not exist or is corrupt.
ERR_SOURCE_MAP_MISSING_SOURCE|Error|Cannot find '%s' imported from the source map for '%s'
ERR_SRI_PARSE|SyntaxError|Subresource Integrity string "%s" had an unexpected "%s" at position %d
ERR_STREAM_ALREADY_FINISHED|Error|Cannot call %s after a stream was finished
ERR_STREAM_CANNOT_PIPE|Error|Cannot pipe, not readable
ERR_STREAM_DESTROYED|Error|Cannot call %s after a stream was destroyed
ERR_STREAM_ITER_MISSING_FLAG|TypeError|The stream/iter API requires the --experimental-stream-iter flag
ERR_STREAM_NULL_VALUES|TypeError|May not write null values to stream
ERR_STREAM_PREMATURE_CLOSE|Error|Premature close
ERR_STREAM_PUSH_AFTER_EOF|Error|stream.push() after EOF
ERR_STREAM_UNABLE_TO_PIPE|Error|Cannot pipe to a closed or destroyed stream
ERR_STREAM_UNSHIFT_AFTER_END_EVENT|Error|stream.unshift() after end event
ERR_STREAM_WRAP|Error|Stream has StringDecoder set or is in objectMode
ERR_STREAM_WRITE_AFTER_END|Error|write after end
ERR_STRING_TOO_LONG|Error|Cannot create a string longer than 0x%s characters
ERR_SYNTHETIC|Error|JavaScript Callstack
ERR_SYSTEM_ERROR|SystemError|A system error occurred
ERR_TEST_FAILURE|Error|
ERR_TLS_ALPN_CALLBACK_INVALID_RESULT|TypeError|
ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS|TypeError|The ALPNCallback and ALPNProtocols TLS options are mutually exclusive
ERR_TLS_CERT_ALTNAME_FORMAT|SyntaxError|Invalid subject alternative name string
ERR_TLS_CERT_ALTNAME_INVALID|Error|
ERR_TLS_DH_PARAM_SIZE|Error|DH parameter size %s is less than 2048
ERR_TLS_HANDSHAKE_TIMEOUT|Error|TLS handshake timeout
ERR_TLS_INVALID_CONTEXT|TypeError|%s must be a SecureContext
ERR_TLS_INVALID_PROTOCOL_VERSION|TypeError|%j is not a valid %s TLS protocol version
ERR_TLS_INVALID_STATE|Error|TLS socket connection must be securely established
ERR_TLS_PROTOCOL_VERSION_CONFLICT|TypeError|TLS protocol version %j conflicts with secureProtocol %j
ERR_TLS_RENEGOTIATION_DISABLED|Error|TLS session renegotiation disabled for this socket
ERR_TLS_RENEGOTIATION_UNSUPPORTED|Error|TLS session renegotiation is unsupported by this TLS implementation
ERR_TLS_REQUIRED_SERVER_NAME|Error|"servername" is required parameter for Server.addContext
ERR_TLS_SESSION_ATTACK|Error|TLS session renegotiation attack detected
ERR_TLS_SNI_FROM_SERVER|Error|Cannot issue SNI from a TLS server-side socket
ERR_TRACE_EVENTS_CATEGORY_REQUIRED|TypeError|At least one category is required
ERR_TRACE_EVENTS_UNAVAILABLE|Error|Trace events are unavailable
ERR_TRAILING_JUNK_AFTER_STREAM_END|TypeError|Trailing junk found after the end of the compressed stream
ERR_TTY_INIT_FAILED|SystemError|TTY initialization failed
ERR_UNAVAILABLE_DURING_EXIT|Error|Cannot call function in process exit handler
ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET|Error|\`process.setupUncaughtExceptionCapture()\` was called while a capture callback was already active
ERR_UNESCAPED_CHARACTERS|TypeError|%s contains unescaped characters
ERR_UNHANDLED_ERROR|Error|
ERR_UNKNOWN_BUILTIN_MODULE|Error|No such built-in module: %s
ERR_UNKNOWN_CREDENTIAL|Error|%s identifier does not exist: %s
ERR_UNKNOWN_ENCODING|TypeError|Unknown encoding: %s
ERR_UNKNOWN_FILE_EXTENSION|TypeError|Unknown file extension "%s" for %s
ERR_UNKNOWN_MODULE_FORMAT|RangeError|Unknown module format: %s for URL %s
ERR_UNKNOWN_SIGNAL|TypeError|Unknown signal: %s
ERR_UNSUPPORTED_DIR_IMPORT|Error|
ERR_UNSUPPORTED_ESM_URL_SCHEME|Error|
ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING|Error|Stripping types is currently unsupported for files under node_modules, for "%s"
ERR_UNSUPPORTED_RESOLVE_REQUEST|TypeError|Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.
ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX|SyntaxError|%s
ERR_USE_AFTER_CLOSE|Error|%s was closed
ERR_VALID_PERFORMANCE_ENTRY_TYPE|Error|At least one valid performance entry type is required
ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING|TypeError|A dynamic import callback was not specified.
ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG|TypeError|A dynamic import callback was invoked without --experimental-vm-modules
ERR_VM_MODULE_ALREADY_LINKED|Error|Module has already been linked
ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA|Error|Cached data cannot be created for a module which has been evaluated
ERR_VM_MODULE_DIFFERENT_CONTEXT|Error|Linked modules must use the same context
ERR_VM_MODULE_LINK_FAILURE|Error|
ERR_VM_MODULE_NOT_MODULE|Error|Provided module is not an instance of Module
ERR_VM_MODULE_STATUS|Error|Module status %s
ERR_WASI_ALREADY_STARTED|Error|WASI instance has already started
ERR_WEBASSEMBLY_NOT_SUPPORTED|Error|WebAssembly is not supported in this environment, but is required for %s
ERR_WEBASSEMBLY_RESPONSE|TypeError|WebAssembly response %s
ERR_WORKER_HANDLE_NOT_TRANSFERABLE|Error|%s cannot be transferred in its current state; it must be a freshly created or accepted handle that has not started reading and has no pending writes
ERR_WORKER_INIT_FAILED|Error|Worker initialization failure: %s
ERR_WORKER_INVALID_EXEC_ARGV|Error|
ERR_WORKER_MESSAGING_ERRORED|Error|The destination thread threw an error while processing the message
ERR_WORKER_MESSAGING_FAILED|Error|Cannot find the destination thread or listener
ERR_WORKER_MESSAGING_SAME_THREAD|Error|Cannot sent a message to the same thread
ERR_WORKER_MESSAGING_TIMEOUT|Error|Sending a message to another thread timed out
ERR_WORKER_NOT_RUNNING|Error|Worker instance not running
ERR_WORKER_OUT_OF_MEMORY|Error|Worker terminated due to reaching memory limit: %s
ERR_WORKER_PATH|TypeError|
ERR_WORKER_UNSERIALIZABLE_ERROR|Error|Serializing an uncaught exception failed
ERR_WORKER_UNSUPPORTED_OPERATION|TypeError|%s is not supported in workers
ERR_ZLIB_INITIALIZATION_FAILED|Error|Initialization failed
ERR_ZSTD_INVALID_PARAM|RangeError|%s is not a valid zstd parameter
`;

let messagesModule;
function lazyMessages() {
  messagesModule ??= require('internal/errors/messages');
  return messagesModule;
}

// The table line of `code` as [bases, template], or undefined for an unknown code.
function lookupCode(code) {
  if (typeof code !== 'string' || code.includes('|') || code.includes('\n')) return undefined;
  const start = kCodeTable.indexOf(`\n${code}|`);
  if (start === -1) return undefined;
  const basesStart = start + code.length + 2;
  const templateStart = kCodeTable.indexOf('|', basesStart);
  const end = kCodeTable.indexOf('\n', templateStart);
  return [kCodeTable.slice(basesStart, templateStart), kCodeTable.slice(templateStart + 1, end)];
}

function listCodes() {
  const list = [];
  for (const line of kCodeTable.split('\n')) {
    if (line !== '') list.push(line.slice(0, line.indexOf('|')));
  }
  return list;
}

// code → its template, or null when a function builds the message; filled as classes are made.
const templates = new Map();

function templateOf(code) {
  let template = templates.get(code);
  if (template === undefined) {
    const entry = lookupCode(code);
    template = entry === undefined || entry[1] === '' ? null : entry[1];
    templates.set(code, template);
  }
  return template;
}

// The classes are made on first access (destructuring the codes a module needs at load time
// makes those only).
const codes = new Proxy({}, {
  get(target, code) {
    const made = target[code];
    if (made !== undefined || typeof code !== 'string') return made;
    const entry = lookupCode(code);
    if (entry === undefined) return undefined;
    return target[code] = createErrorClass(code, entry[0]);
  },
  has(target, code) {
    return code in target || lookupCode(code) !== undefined;
  },
  ownKeys(target) {
    return [...new Set([...listCodes(), ...Reflect.ownKeys(target)])];
  },
  getOwnPropertyDescriptor(target, code) {
    if (lookupCode(code) === undefined && !Object.hasOwn(target, code)) return undefined;
    return { value: this.get(target, code), writable: true, enumerable: true, configurable: true };
  },
});

/**
 * The message for `code` built from `args`. Message functions may set extra
 * properties on `self`, which the caller copies onto the error.
 */
function getMessage(code, args, self) {
  const template = templateOf(code);
  // A fixed message needs no formatting code.
  if (args.length === 0 && template !== null && !template.includes('%')) return template;
  return lazyMessages().getMessage(code, template, args, self);
}

// Hides the constructor's own frame (e.code.constructor === TypeError as in
// Node) and gives the stack header and toString their `[ERR_X]`.
function finishErrorClass(ErrorClass, Base, code) {
  defineProperties(ErrorClass.prototype, {
    constructor: { value: Base, writable: true, enumerable: false, configurable: true },
    toString: {
      value: function toString() { return `${this.name} [${code}]: ${this.message}`; },
      writable: true, enumerable: false, configurable: true,
    },
    [kIsNodeError]: { value: code, writable: false, enumerable: false, configurable: true },
  });
  defineProperty(ErrorClass, 'name', { value: 'NodeError' });
  return ErrorClass;
}

function makeNodeErrorWithCode(Base, code) {
  const NodeError = class extends Base {
    constructor(...args) {
      const extra = {};
      const message = getMessage(code, args, extra);
      super(message);
      this.code = code;
      for (const key in extra) this[key] = extra[key];
    }
  };
  return finishErrorClass(NodeError, Base, code);
}

/**
 * A libuv-style failure wrapped in a Node error: `${prefix}: ${syscall}
 * returned ${code} (${message}) path => dest`, with `info` holding the
 * context and `errno`, `syscall`, `path`, `dest` reading through to it.
 */
class SystemError extends Error {
  constructor(code, context) {
    const prefix = getMessage(code, [], null);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = code;
    defineProperties(this, {
      [kIsNodeError]: { value: true, writable: false, enumerable: false, configurable: true },
      name: { value: 'SystemError', writable: true, enumerable: false, configurable: true },
      info: { value: context, writable: false, enumerable: true, configurable: true },
      errno: {
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true, configurable: true,
      },
      syscall: {
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true, configurable: true,
      },
    });
    if (context.path !== undefined) {
      defineProperty(this, 'path', {
        get() { return context.path != null ? context.path.toString() : context.path; },
        set(value) { context.path = value; },
        enumerable: true, configurable: true,
      });
    }
    if (context.dest !== undefined) {
      defineProperty(this, 'dest', {
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set(value) { context.dest = value; },
        enumerable: true, configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function makeSystemErrorWithCode(code) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(code, context);
    }
  };
}

function baseClass(name) {
  switch (name) {
    case 'TypeError': return TypeError;
    case 'RangeError': return RangeError;
    case 'SyntaxError': return SyntaxError;
    case 'URIError': return URIError;
    case 'SystemError': return SystemError;
    default: return Error;
  }
}

function createErrorClass(code, baseNames) {
  const names = baseNames.split(',');
  const Base = baseClass(names[0]);
  const ErrorClass = Base === SystemError ?
    makeSystemErrorWithCode(code) : makeNodeErrorWithCode(Base, code);
  for (let i = 1; i < names.length; i++) {
    const Other = baseClass(names[i]);
    ErrorClass[Other.name] = makeNodeErrorWithCode(Other, code);
  }
  return ErrorClass;
}

// Helpers of internal/errors/messages that other modules use.
function addNumericalSeparator(digits) {
  return lazyMessages().addNumericalSeparator(digits);
}

function determineSpecificType(value) {
  return lazyMessages().determineSpecificType(value);
}

function formatList(list, conjunction) {
  return lazyMessages().formatList(list, conjunction);
}

// ---------------------------------------------------------------------------
// System errors

let uvErrorMap;
function lazyUvErrorMap() {
  uvErrorMap ??= internalBinding('uv').getErrorMap();
  return uvErrorMap;
}

/** [name, description] for a negative libuv error code, or undefined. */
function uvErrmapGet(errno) {
  return lazyUvErrorMap().get(errno);
}

function uvErrorName(errno) {
  return uvErrmapGet(errno)?.[0] ?? internalBinding('uv').errname(errno);
}

function uvErrorEntry(errno) {
  return uvErrmapGet(errno) ?? ['UNKNOWN', 'unknown error'];
}

// Errors below replace their constructor's own frame and look like plain
// Errors (`err.constructor === Error`), as Node's do.
function plainErrorClass(ErrorClass) {
  defineProperty(ErrorClass.prototype, 'constructor', {
    value: Error, writable: true, enumerable: false, configurable: true,
  });
  return ErrorClass;
}

/**
 * A failed libuv call: `ENOENT: no such file or directory, open 'x' -> 'y'`
 * with `errno`, `code`, `syscall`, and `path`/`dest` when given (Buffers are
 * shown as strings).
 */
const UVException = plainErrorClass(class UVException extends Error {
  constructor(context) {
    const [code, description] = uvErrorEntry(context.errno);
    let message = `${code}: ${context.message || description}, ${context.syscall}`;
    let path;
    let dest;
    // An empty path or dest is still shown (`chdir '/x' -> ''`), as Node does.
    if (context.path !== undefined && context.path !== null) {
      path = context.path.toString();
      message += ` '${path}'`;
    }
    if (context.dest !== undefined && context.dest !== null) {
      dest = context.dest.toString();
      message += ` -> '${dest}'`;
    }
    super(message);
    this.errno = context.errno;
    this.code = code;
    this.syscall = context.syscall;
    if (path !== undefined) this.path = path;
    if (dest !== undefined) this.dest = dest;
  }
});

/** `listen EADDRINUSE: address already in use 0.0.0.0:80`. */
const UVExceptionWithHostPort = plainErrorClass(class UVExceptionWithHostPort extends Error {
  constructor(errno, syscall, address, port) {
    const [code, description] = uvErrorEntry(errno);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    super(`${syscall} ${code}: ${description}${details}`);
    this.code = code;
    this.errno = errno;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
});

/** `write EPIPE`, or `write EPIPE original` when `original` is given. */
const ErrnoException = plainErrorClass(class ErrnoException extends Error {
  constructor(errno, syscall, original = undefined) {
    const code = uvErrorName(errno);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
  }
});

/** `connect ECONNREFUSED 127.0.0.1:80 - Local (addr:port)`. */
const ExceptionWithHostPort = plainErrorClass(class ExceptionWithHostPort extends Error {
  constructor(errno, syscall, address, port, additional = undefined) {
    const code = uvErrorName(errno);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
});

/**
 * A resolver failure: `getaddrinfo ENOTFOUND example.invalid`. `code` is a
 * libuv error number or a c-ares code name; "no such name" and "no data"
 * are reported as ENOTFOUND, as Node does.
 */
const DNSException = plainErrorClass(class DNSException extends Error {
  constructor(code, syscall, hostname = undefined) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      const name = uvErrorName(code);
      code = name === 'EAI_NODATA' || name === 'EAI_NONAME' ? 'ENOTFOUND' : name;
    }
    super(hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
});

/** `socket hang up` and the like, with code ECONNRESET. */
const ConnResetException = plainErrorClass(class ConnResetException extends Error {
  constructor(message) {
    super(message);
    this.code = 'ECONNRESET';
  }
});

// Callable forms for the constructors above, hiding their own frame too.
function uvException(context) {
  const error = new UVException(context);
  captureCallerStackTrace(error);
  return error;
}

function uvExceptionWithHostPort(errno, syscall, address, port) {
  const error = new UVExceptionWithHostPort(errno, syscall, address, port);
  captureCallerStackTrace(error);
  return error;
}

function errnoException(errno, syscall, original) {
  const error = new ErrnoException(errno, syscall, original);
  captureCallerStackTrace(error);
  return error;
}

function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const error = new ExceptionWithHostPort(errno, syscall, address, port, additional);
  captureCallerStackTrace(error);
  return error;
}

function dnsException(code, syscall, hostname) {
  const error = new DNSException(code, syscall, hostname);
  captureCallerStackTrace(error);
  return error;
}

function connResetException(message) {
  const error = new ConnResetException(message);
  captureCallerStackTrace(error);
  return error;
}

// ---------------------------------------------------------------------------
// Other helpers

/** The error AbortSignal-aware APIs reject with: code ABORT_ERR. */
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

/** An Error with `message` and the given own properties (e.g. `code`). */
function genericNodeError(message, errorProperties) {
  const error = new Error(message);
  Object.assign(error, errorProperties);
  return error;
}

/**
 * Wraps fn so that an error it throws has a stack starting at fn's caller
 * (argument checks then point at the user's call). `withoutStackTrace` is
 * fn itself, for callers that rethrow anyway.
 */
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object' && isErrorStackTraceLimitWritable()) {
        Error.captureStackTrace(error, wrappedFn);
      }
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

/**
 * Combines an error raised while handling `outerError` with it: both end
 * up in one AggregateError (or in outerError.errors when it has them).
 */
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const error = new AggregateError([outerError, innerError], outerError.message);
    error.code = outerError.code;
    return error;
  }
  return innerError || outerError;
}

/** Whether Error.stackTraceLimit can be changed (a user may freeze it). */
function isErrorStackTraceLimitWritable() {
  const descriptor = getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (descriptor === undefined) return isExtensible(Error);
  return Object.hasOwn(descriptor, 'writable') ? descriptor.writable : descriptor.set !== undefined;
}

/** Whether err is the engine's "Maximum call stack size exceeded". */
function isStackOverflowError(error) {
  return error instanceof RangeError && typeof error.message === 'string' &&
    error.message.startsWith('Maximum call stack size exceeded');
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  addNumericalSeparator,
  codes,
  ConnResetException,
  connResetException,
  determineSpecificType,
  DNSException,
  dnsException,
  ErrnoException,
  errnoException,
  ExceptionWithHostPort,
  exceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  SystemError,
  UVException,
  uvException,
  UVExceptionWithHostPort,
  uvExceptionWithHostPort,
  uvErrmapGet,
};
