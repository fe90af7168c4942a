#pragma once

#include <QScrollArea>

namespace tessera::gui
{
    /// A frameless scroll area for the content of a dialog or of one of its tabs. It asks for the
    /// whole content's size (up to most of the screen) at a comfortable reading width given in
    /// average characters, with wrapped text measured at that width, so on an ordinary screen
    /// nothing scrolls and it looks like a plain page; on a small screen or at a large scale
    /// factor the content scrolls instead of being cut off.
    class ScrollablePage : public QScrollArea
    {
        Q_OBJECT

    public:
        /// Takes ownership of `content`; `preferredCharacters` is the width it asks for.
        explicit ScrollablePage(QWidget* content, int preferredCharacters = 64, QWidget* parent = nullptr);

        [[nodiscard]] QSize sizeHint() const override;
        [[nodiscard]] QSize minimumSizeHint() const override;

    private:
        int m_preferredCharacters;

    protected:
        /// Asks the dialog's layout for a fresh size hint once the content is complete (polish).
        bool event(QEvent* event) override;
        /// Passes the content's layout changes on, so the dialog can grow with it.
        bool eventFilter(QObject* watched, QEvent* event) override;
    };
}
