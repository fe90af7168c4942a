#pragma once

#include <QFrame>
#include <QUuid>

#include <chrono>

class QLabel;
class QPushButton;
class QToolButton;

namespace tessera::gui
{
    class TimeSource;
    class Timer;

    /// "GitHub moved to the trash. [Undo]": shown right after a delete, gone after a while or
    /// when dismissed. Undo is one click (or Alt+U) away without a modal question.
    class UndoBar : public QFrame
    {
        Q_OBJECT

    public:
        static constexpr std::chrono::seconds defaultDuration{10};

        explicit UndoBar(TimeSource& time, QWidget* parent = nullptr);

        /// Shows message with an Undo button for the account id.
        void showFor(const QUuid& id, const QString& message);
        void dismiss();
        [[nodiscard]] QUuid pendingId() const { return m_id; }
        [[nodiscard]] QString message() const;
        [[nodiscard]] QPushButton* undoButton() const { return m_undo; }

    signals:
        void undoRequested(const QUuid& id);

    private:
        void onUndo();

        QLabel* m_label;
        QPushButton* m_undo;
        QToolButton* m_close;
        Timer* m_timer;
        QUuid m_id;
    };
}
