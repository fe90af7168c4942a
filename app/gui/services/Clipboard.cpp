#include "Clipboard.h"

#include "TimeSource.h"
#include "Timer.h"

#include "SecretWipe.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace tessera::gui
{
    namespace
    {
        QClipboard* systemClipboard()
        {
            return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr
                ? QGuiApplication::clipboard()
                : nullptr;
        }
    }

    Clipboard::Clipboard(QObject* parent)
        : Clipboard(TimeSource::system(), parent)
    { }

    Clipboard::Clipboard(TimeSource& time, QObject* parent)
        : QObject(parent)
        , m_time(time)
        , m_tick(time.createTimer(this))
    {
        m_tick->setSingleShot(true);
        connect(m_tick, &Timer::timeout, this, &Clipboard::tick);
        if (QClipboard* clipboard = systemClipboard()) {
            connect(clipboard, &QClipboard::dataChanged, this, &Clipboard::onClipboardChanged);
        }
        if (auto* app = QCoreApplication::instance()) {
            connect(app, &QCoreApplication::aboutToQuit, this, &Clipboard::clearCopiedText);
        }
    }

    Clipboard::~Clipboard()
    {
        // A code must not outlive the application on the clipboard, even without aboutToQuit.
        if (m_holding) {
            QClipboard* clipboard = systemClipboard();
            if (clipboard != nullptr && clipboard->text(QClipboard::Clipboard) == m_copied) {
                clipboard->clear(QClipboard::Clipboard);
            }
            release(false);
        }
    }

    void Clipboard::setClearTimeout(std::chrono::seconds timeout)
    {
        m_timeout = std::max(timeout, std::chrono::seconds::zero());
    }

    std::chrono::seconds Clipboard::clearTimeout() const
    {
        return m_timeout;
    }

    bool Clipboard::holdsCopiedText() const
    {
        return m_holding;
    }

    int Clipboard::secondsLeft() const
    {
        if (!m_counting) {
            return 0;
        }
        const qint64 left = millisecondsLeft();
        return left <= 0 ? 0 : static_cast<int>((left + 999) / 1000);
    }

    QString Clipboard::passwordManagerHintFormat()
    {
        return QStringLiteral("x-kde-passwordManagerHint");
    }

    void Clipboard::copySecret(const QString& text)
    {
        QClipboard* clipboard = systemClipboard();
        if (clipboard == nullptr || text.isEmpty()) {
            return;
        }
        m_tick->stop();
        wipe(m_copied);
        m_copied = text;
        m_holding = true;
        m_counting = m_timeout > std::chrono::seconds::zero();
        m_deadline = m_time.elapsedMilliseconds() + std::chrono::milliseconds(m_timeout).count();

        auto* mime = new QMimeData;
        mime->setText(text);
        mime->setData(passwordManagerHintFormat(), QByteArrayLiteral("secret"));
        clipboard->setMimeData(mime, QClipboard::Clipboard);

        emit copied();
        if (m_counting) {
            emit countdownChanged(secondsLeft());
            scheduleTick();
        }
    }

    void Clipboard::clearCopiedText()
    {
        if (!m_holding) {
            return;
        }
        // Not holding any more before clear(): its dataChanged must not count as a replacement.
        m_holding = false;
        QClipboard* clipboard = systemClipboard();
        if (clipboard != nullptr && clipboard->text(QClipboard::Clipboard) == m_copied) {
            clipboard->clear(QClipboard::Clipboard);
            emit cleared();
        }
        release(true);
    }

    void Clipboard::tick()
    {
        if (!m_counting) {
            return;
        }
        if (millisecondsLeft() <= 0) {
            clearCopiedText();
            return;
        }
        emit countdownChanged(secondsLeft());
        scheduleTick();
    }

    void Clipboard::scheduleTick()
    {
        // Wake up on the whole seconds before the deadline, so the countdown shows 30, 29, ... 1
        // and the clear happens on time even when a tick runs late.
        const qint64 left = millisecondsLeft();
        const qint64 toNextSecond = ((left - 1) % 1000) + 1;
        m_tick->start(std::chrono::milliseconds(std::max<qint64>(toNextSecond, 1)));
    }

    void Clipboard::onClipboardChanged()
    {
        if (!m_holding) {
            return;
        }
        QClipboard* clipboard = systemClipboard();
        if (clipboard != nullptr && clipboard->text(QClipboard::Clipboard) == m_copied) {
            return; // our own copy, or the same code copied again
        }
        release(true);
    }

    void Clipboard::release(bool notify)
    {
        m_tick->stop();
        wipe(m_copied);
        m_holding = false;
        m_counting = false;
        m_deadline = 0;
        if (notify) {
            emit released();
        }
    }

    qint64 Clipboard::millisecondsLeft() const
    {
        return m_deadline - m_time.elapsedMilliseconds();
    }
}
