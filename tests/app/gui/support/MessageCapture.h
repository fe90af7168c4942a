#pragma once

#include <QStringList>
#include <QtGlobal>

namespace tessera::gui::test
{
    /// Collects the warnings (and worse) Qt and the application print while it exists, to check
    /// that a missing desktop service is handled quietly.
    class MessageCapture
    {
    public:
        MessageCapture();
        ~MessageCapture();

        MessageCapture(const MessageCapture&) = delete;
        MessageCapture& operator=(const MessageCapture&) = delete;

        [[nodiscard]] QStringList warnings() const;

    private:
        QtMessageHandler m_previous;
    };
}
