#include "PageColumn.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace tessera::gui
{
    PageColumn::PageColumn(QWidget* page, int minimumCharacters, int maximumCharacters)
        : QWidget(page)
        , m_content(new QVBoxLayout(this))
    {
        m_content->setContentsMargins(0, 0, 0, 0);
        const int character = fontMetrics().averageCharWidth();
        setMinimumWidth(character * minimumCharacters);
        setMaximumWidth(character * maximumCharacters);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(this, 10); // up to its maximum width before the margins grow
        row->addStretch(1);
        auto* layout = new QVBoxLayout(page);
        layout->addStretch(1);
        layout->addLayout(row);
        layout->addStretch(2);
    }
}
