#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace tessera::gui
{
    /// A one- or two-sentence message shown inside a dialog, next to what it is about: an icon
    /// from the style for its severity and word-wrapped text. Hidden while it has no text. The
    /// text is plain (never rich text), so user input quoted in a message cannot change the layout.
    class InlineMessage : public QWidget
    {
        Q_OBJECT

    public:
        enum class Severity
        {
            Info,
            Warning,
            Error,
        };

        explicit InlineMessage(QWidget* parent = nullptr);

        /// Shows `text` with the icon of `severity`; an empty text hides the message.
        void setMessage(Severity severity, const QString& text);
        void clear();

        [[nodiscard]] QString text() const;
        [[nodiscard]] Severity severity() const { return m_severity; }

    protected:
        void changeEvent(QEvent* event) override;

    private:
        void updateIcon();

        QLabel* m_icon;
        QLabel* m_text;
        Severity m_severity = Severity::Info;
    };
}
