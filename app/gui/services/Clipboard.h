#pragma once

#include <QObject>
#include <QString>

#include <chrono>

namespace tessera::gui
{
    class TimeSource;
    class Timer;

    /// Copies codes to the system clipboard and takes them away again: after a timeout (30 s by
    /// default), when the vault locks and when the application quits, but only while the
    /// clipboard still holds what we put there, so whatever the user copied since is never lost.
    /// Copied data is tagged "x-kde-passwordManagerHint: secret" so clipboard managers skip it.
    class Clipboard : public QObject
    {
        Q_OBJECT

    public:
        static constexpr std::chrono::seconds defaultClearTimeout{30};

        explicit Clipboard(QObject* parent = nullptr);
        explicit Clipboard(TimeSource& time, QObject* parent = nullptr);
        ~Clipboard() override;

        Clipboard(const Clipboard&) = delete;
        Clipboard& operator=(const Clipboard&) = delete;

        /// Zero keeps the code until lock or quit. Takes effect with the next copy.
        void setClearTimeout(std::chrono::seconds timeout);
        [[nodiscard]] std::chrono::seconds clearTimeout() const;

        /// Whether the clipboard holds text we copied and have not yet cleared.
        [[nodiscard]] bool holdsCopiedText() const;
        /// Whole seconds until the clipboard is cleared (rounded up); 0 when nothing is pending.
        [[nodiscard]] int secondsLeft() const;

        /// The MIME format that asks clipboard managers not to record the data.
        static QString passwordManagerHintFormat();

    public slots:
        /// Puts text on the clipboard, tagged as a secret, and starts the countdown.
        void copySecret(const QString& text);
        /// Clears the clipboard if it still holds what we copied (lock, quit, timeout).
        void clearCopiedText();

    signals:
        void copied();
        /// On copy and then once a second while a clear is pending, for "Copied · clears in 30 s".
        void countdownChanged(int secondsLeft);
        /// Our text is no longer on the clipboard: we cleared it, or something else replaced it.
        void released();
        /// We cleared the clipboard (emitted before released()).
        void cleared();

    private:
        void tick();
        void onClipboardChanged();
        void scheduleTick();
        void release(bool notify);
        [[nodiscard]] qint64 millisecondsLeft() const;

        TimeSource& m_time;
        Timer* m_tick;
        std::chrono::seconds m_timeout = defaultClearTimeout;
        QString m_copied;
        qint64 m_deadline = 0;
        bool m_holding = false;
        bool m_counting = false;
    };
}
