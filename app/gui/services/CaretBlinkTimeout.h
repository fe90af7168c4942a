#pragma once

#include <QObject>

#include <chrono>

namespace tessera::gui
{
    class InactivityTimer;
    class TimeSource;

    /// Stops the text caret blinking after a while without input, as GNOME does (its
    /// cursor-blink-timeout): a window left open on the account list would otherwise wake up twice a
    /// second to blink the caret of the focused search field. The caret stays shown; the next key
    /// or mouse input anywhere in the application makes it blink again.
    class CaretBlinkTimeout : public QObject
    {
        Q_OBJECT

    public:
        static constexpr std::chrono::seconds defaultTimeout{10};

        explicit CaretBlinkTimeout(QObject* parent = nullptr);
        explicit CaretBlinkTimeout(TimeSource& time, QObject* parent = nullptr);
        ~CaretBlinkTimeout() override;

        CaretBlinkTimeout(const CaretBlinkTimeout&) = delete;
        CaretBlinkTimeout& operator=(const CaretBlinkTimeout&) = delete;

        /// Whether the caret has stopped blinking for lack of input.
        [[nodiscard]] bool isResting() const { return m_resting; }

    protected:
        /// Installed only while resting, to notice the input that wakes the caret.
        bool eventFilter(QObject* watched, QEvent* event) override;

    private:
        void rest(bool resting);

        InactivityTimer* m_idle; ///< the input watching and timing the auto-lock uses too
        int m_flashTime = 0;     ///< the desktop's flash time, given back on input
        bool m_resting = false;
    };
}
