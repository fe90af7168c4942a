#include "widgets/UndoBar.h"

#include "app/Icons.h"
#include "services/TimeSource.h"
#include "services/Timer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace tessera::gui
{
    UndoBar::UndoBar(TimeSource& time, QWidget* parent)
        : QFrame(parent)
        , m_label(new QLabel(this))
        , m_undo(new QPushButton(tr("&Undo"), this))
        , m_close(new QToolButton(this))
        , m_timer(time.createTimer(this))
    {
        setFrameShape(QFrame::StyledPanel);
        setBackgroundRole(QPalette::AlternateBase);
        setAutoFillBackground(true);
        setAccessibleName(tr("Undo"));

        auto* layout = new QHBoxLayout(this);
        m_label->setWordWrap(true);
        m_label->setTextFormat(Qt::PlainText);
        m_undo->setIcon(Icons::get(Icons::Name::Undo));
        m_undo->setAccessibleDescription(tr("Puts the account back into the list"));
        m_close->setIcon(Icons::get(Icons::Name::Close));
        m_close->setAutoRaise(true);
        m_close->setToolTip(tr("Dismiss"));
        m_close->setAccessibleName(tr("Dismiss"));
        layout->addWidget(m_label, 1);
        layout->addWidget(m_undo);
        layout->addWidget(m_close);

        m_timer->setSingleShot(true);
        connect(m_timer, &Timer::timeout, this, &UndoBar::dismiss);
        connect(m_undo, &QPushButton::clicked, this, &UndoBar::onUndo);
        connect(m_close, &QToolButton::clicked, this, &UndoBar::dismiss);
        hide();
    }

    void UndoBar::showFor(const QUuid& id, const QString& message)
    {
        m_id = id;
        m_label->setText(message);
        m_undo->setAccessibleName(tr("Undo: %1").arg(message));
        show();
        m_timer->start(defaultDuration);
    }

    void UndoBar::dismiss()
    {
        m_timer->stop();
        m_id = QUuid();
        hide();
    }

    QString UndoBar::message() const
    {
        return m_label->text();
    }

    void UndoBar::onUndo()
    {
        const QUuid id = m_id;
        dismiss();
        if (!id.isNull()) {
            emit undoRequested(id);
        }
    }
}
