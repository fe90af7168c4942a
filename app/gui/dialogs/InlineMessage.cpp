#include "InlineMessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace tessera::gui
{
    InlineMessage::InlineMessage(QWidget* parent)
        : QWidget(parent)
        , m_icon(new QLabel(this))
        , m_text(new QLabel(this))
    {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_icon, 0, Qt::AlignTop);
        layout->addWidget(m_text, 1);
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::PlainText);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        // Full width in a form row, so the text wraps as little as it can.
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_icon->setAccessibleName(tr("Message icon"));
        QWidget::setVisible(false);
    }

    void InlineMessage::setMessage(Severity severity, const QString& text)
    {
        m_severity = severity;
        m_text->setText(text);
        switch (severity) {
        case Severity::Info:
            setAccessibleName(tr("Note"));
            break;
        case Severity::Warning:
            setAccessibleName(tr("Warning"));
            break;
        case Severity::Error:
            setAccessibleName(tr("Problem"));
            break;
        }
        setAccessibleDescription(text);
        m_text->setAccessibleName(accessibleName());
        m_text->setAccessibleDescription(text);
        updateIcon();
        setVisible(!text.isEmpty());
    }

    void InlineMessage::clear()
    {
        setMessage(Severity::Info, QString());
    }

    QString InlineMessage::text() const
    {
        return m_text->text();
    }

    void InlineMessage::changeEvent(QEvent* event)
    {
        QWidget::changeEvent(event);
        if (event->type() == QEvent::StyleChange) {
            updateIcon();
        }
    }

    void InlineMessage::updateIcon()
    {
        QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
        switch (m_severity) {
        case Severity::Info:
            pixmap = QStyle::SP_MessageBoxInformation;
            break;
        case Severity::Warning:
            pixmap = QStyle::SP_MessageBoxWarning;
            break;
        case Severity::Error:
            pixmap = QStyle::SP_MessageBoxCritical;
            break;
        }
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    }
}
