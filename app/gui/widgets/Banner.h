#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tessera::gui
{
    /// A message across the top of a page, for what matters now ("This vault has problems and is
    /// read-only"), with optional buttons. Colours come from the palette.
    class Banner : public QFrame
    {
        Q_OBJECT

    public:
        explicit Banner(QWidget* parent = nullptr);

        void setText(const QString& text);
        [[nodiscard]] QString text() const;
        /// Adds a button at the end; the banner owns it.
        QPushButton* addButton(const QString& text);

    private:
        QLabel* m_icon;
        QLabel* m_text;
        QHBoxLayout* m_layout;
    };
}
