#include "PasswordStrengthMeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace tessera::gui
{
    PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
        : QWidget(parent)
        , m_bar(new QProgressBar(this))
        , m_hint(new QLabel(this))
    {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_bar);
        layout->addWidget(m_hint);
        m_bar->setRange(0, 4);
        m_bar->setValue(0);
        m_bar->setTextVisible(true);
        m_bar->setFormat(QString());
        m_bar->setAccessibleName(tr("Password strength"));
        // Empty, the bar looked like one more text field between the two password fields: it shows once
        // there is a password, in the room kept for it, so nothing moves.
        QSizePolicy barPolicy = m_bar->sizePolicy();
        barPolicy.setRetainSizeWhenHidden(true);
        m_bar->setSizePolicy(barPolicy);
        m_hint->setWordWrap(true);
        m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_hint->setTextFormat(Qt::PlainText);
        m_hint->setAccessibleName(tr("Password strength hint"));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        setPassword({});
    }

    void PasswordStrengthMeter::setPassword(QStringView password)
    {
        const PasswordStrength strength = PasswordStrength::estimate(password);
        m_level = strength.level();
        if (password.isEmpty()) {
            m_bar->setValue(0);
            m_bar->setFormat(QString());
            m_bar->setAccessibleDescription(QString());
            m_bar->setVisible(false);
            m_hint->clear();
            m_hint->setVisible(false);
            return;
        }
        const QString name = PasswordStrength::levelName(m_level);
        m_bar->setValue(static_cast<int>(m_level) + 1);
        m_bar->setFormat(name);
        m_bar->setVisible(true);
        m_bar->setAccessibleDescription(tr("%1: %2").arg(name, strength.hint()));
        m_hint->setText(strength.hint());
        m_hint->setVisible(true);
    }

    QString PasswordStrengthMeter::hint() const
    {
        return m_hint->text();
    }
}
