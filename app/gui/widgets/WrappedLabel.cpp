#include "WrappedLabel.h"

#include <QLabel>

namespace tessera::gui
{
    QLabel* wrappedLabel(const QString& text, QWidget* parent)
    {
        auto* label = new QLabel(text, parent);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        return label;
    }
}
