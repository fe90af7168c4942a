#include "Error.h"

#include <QCoreApplication>

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
        return {m_kind, QCoreApplication::translate("tessera::Error", "%1: %2").arg(context, m_message)};
    }
}
