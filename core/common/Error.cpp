#include "Error.h"

#include <utility>

namespace tessera
{
    Error::Error(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    { }

    Error::Kind Error::kind() const
    {
        return m_kind;
    }

    const QString& Error::message() const
    {
        return m_message;
    }

    Error Error::withContext(const QString& context) const
    {
        return {m_kind, context + QStringLiteral(": ") + m_message};
    }
}
