#include "AccountQrSlideshow.h"

#include "QrEncoder.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "qr/QrCodeView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    AccountQrSlideshow::AccountQrSlideshow(VaultHolder& holder, QWidget* parent)
        : QWidget(parent)
        , m_holder(holder)
        , m_view(new QrCodeView(this))
        , m_caption(new QLabel(this))
        , m_previous(new QPushButton(tr("&Previous"), this))
        , m_next(new QPushButton(tr("&Next"), this))
    {
        setFocusPolicy(Qt::StrongFocus);
        m_caption->setAlignment(Qt::AlignCenter);
        m_caption->setTextFormat(Qt::PlainText);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_previous);
        buttons->addStretch(1);
        buttons->addWidget(m_next);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view, 1, Qt::AlignHCenter);
        layout->addWidget(m_caption);
        layout->addLayout(buttons);
        connect(m_previous, &QPushButton::clicked, this, &AccountQrSlideshow::previous);
        connect(m_next, &QPushButton::clicked, this, &AccountQrSlideshow::next);
    }

    AccountQrSlideshow::~AccountQrSlideshow() = default;

    void AccountQrSlideshow::setAccounts(const QList<QUuid>& ids)
    {
        m_ids = ids;
        m_index = -1;
        showIndex(0);
    }

    QString AccountQrSlideshow::caption() const
    {
        return m_caption->text();
    }

    void AccountQrSlideshow::showIndex(int index)
    {
        m_view->clear();
        if (m_ids.isEmpty() || !m_holder.isUnlocked()) {
            m_index = -1;
            m_caption->setText(tr("There are no accounts to show."));
            m_previous->setEnabled(false);
            m_next->setEnabled(false);
            return;
        }
        m_index = std::clamp(index, 0, int(m_ids.size()) - 1);
        m_previous->setEnabled(m_index > 0);
        m_next->setEnabled(m_index + 1 < m_ids.size());
        auto account = m_holder.vault().account(m_ids.at(m_index));
        if (!account) {
            m_caption->setText(account.error().message());
            return;
        }
        auto image = QrEncoder::toImage(account->toUri().toString(), QrEncoder::ErrorCorrection::Medium, 1);
        if (!image) {
            m_caption->setText(image.error().message());
            return;
        }
        m_view->setCode(*image);
        m_caption->setText(tr("%1, %2 of %3").arg(account->displayName()).arg(m_index + 1).arg(m_ids.size()));
    }

    void AccountQrSlideshow::keyPressEvent(QKeyEvent* event)
    {
        switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_PageDown:
            next();
            return;
        case Qt::Key_Left:
        case Qt::Key_PageUp:
            previous();
            return;
        default:
            QWidget::keyPressEvent(event);
        }
    }

    void AccountQrSlideshow::showEvent(QShowEvent* event)
    {
        QWidget::showEvent(event);
        if (m_index >= 0) {
            showIndex(m_index);
        }
    }

    void AccountQrSlideshow::hideEvent(QHideEvent* event)
    {
        // The code spells out the secret: nothing of it stays behind while hidden.
        m_view->clear();
        QWidget::hideEvent(event);
    }
}
