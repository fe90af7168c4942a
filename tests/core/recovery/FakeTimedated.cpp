#include "FakeTimedated.h"

namespace tessera::test
{
    FakeTimedated::FakeTimedated(bool synchronized, bool ntp, QObject* parent)
        : QObject(parent)
        , m_synchronized(synchronized)
        , m_ntp(ntp)
    { }
}
