#include "ExitCode.h"

namespace tessera::cli
{
    ExitCode exitCodeFor(Error::Kind kind)
    {
        switch (kind) {
        case Error::Kind::WrongPassword:
            return WrongPassword;
        case Error::Kind::InvalidInput:
        case Error::Kind::Corrupt:
        case Error::Kind::Unsupported:
            return InvalidInput;
        case Error::Kind::NotFound:
        case Error::Kind::Ambiguous:
            return NoMatch;
        case Error::Kind::Io:
        case Error::Kind::Conflict:
            return IoError;
        }
        return IoError;
    }
}
