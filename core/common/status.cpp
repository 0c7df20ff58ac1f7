#include "core/common/status.h"

namespace seamkit {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "OK";
    case ErrorCode::kInvalidArgument: return "E_INVALID_ARGUMENT";
    case ErrorCode::kParse: return "E_PARSE";
    case ErrorCode::kOutOfRange: return "E_OUT_OF_RANGE";
    case ErrorCode::kLimitExceeded: return "E_LIMIT_EXCEEDED";
    case ErrorCode::kMalformed: return "E_MALFORMED";
    case ErrorCode::kUnsupported: return "E_UNSUPPORTED";
    case ErrorCode::kInternal: return "E_INTERNAL";
  }
  return "E_INTERNAL";
}

}  // namespace seamkit
