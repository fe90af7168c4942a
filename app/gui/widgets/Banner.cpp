#include "widgets/Banner.h"

#include "app/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace tessera::gui
{
    Banner::Banner(QWidget* parent)
        : QFrame(parent)
        , m_icon(new QLabel(this))
        , m_text(new QLabel(this))
        , m_layout(new QHBoxLayout(this))
    {
        setFrameShape(QFrame::StyledPanel);
        setBackgroundRole(QPalette::AlternateBase);
        setAutoFillBackground(true);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(Icons::get(Icons::Name::Warning).pixmap(QSize(size, size), devicePixelRatioF()));
        m_icon->setAlignment(Qt::AlignTop);
        m_icon->setAccessibleName(tr("Warning"));
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::PlainText);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_layout->addWidget(m_icon);
        m_layout->addWidget(m_text, 1);
    }

    void Banner::setText(const QString& text)
    {
        m_text->setText(text);
        setAccessibleName(text);
    }

    QString Banner::text() const
    {
        return m_text->text();
    }

    QPushButton* Banner::addButton(const QString& text)
    {
        auto* button = new QPushButton(text, this);
        m_layout->addWidget(button, 0, Qt::AlignVCenter);
        return button;
    }
}
