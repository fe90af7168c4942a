#pragma once

#include <QWidget>

class QVBoxLayout;

namespace tessera::gui
{
    /// The column of readable width that the full-window pages (welcome, create, recovery key,
    /// unlock) put their content in: centred, a little above the middle, as wide as the window
    /// allows between two widths given in average characters, so wrapped text keeps a calm line
    /// length and gets the height it needs at the width it is given.
    class PageColumn : public QWidget
    {
        Q_OBJECT

    public:
        /// Lays out page (which must have no layout yet) around the new column.
        PageColumn(QWidget* page, int minimumCharacters, int maximumCharacters);

        /// Where the page's content goes, top to bottom.
        [[nodiscard]] QVBoxLayout* contentLayout() const { return m_content; }

    private:
        QVBoxLayout* m_content;
    };
}
