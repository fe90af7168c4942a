#include "RecoveryKeyDialog.h"

#include "InlineMessage.h"
#include "RecoveryKey.h"
#include "RecoveryKeyView.h"
#include "Vault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        QLabel* paragraph(const QString& text, QWidget* parent)
        {
            auto* label = new QLabel(text, parent);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            return label;
        }
    }

    RecoveryKeyDialog::RecoveryKeyDialog(Vault& vault, Clipboard& clipboard, QWidget* parent)
        : QDialog(parent)
        , m_vault(vault)
        , m_pages(new QStackedWidget(this))
        , m_view(new RecoveryKeyView(clipboard))
        , m_error(new InlineMessage)
        , m_start(new QPushButton(tr("&Make a New Recovery Key…")))
        , m_confirm(new QPushButton(tr("&Make the New Key")))
        , m_back(new QPushButton(tr("&Back")))
        , m_buttons(new QDialogButtonBox(this))
        , m_close(m_buttons->addButton(QDialogButtonBox::Close))
        , m_done(m_buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole))
    {
        setWindowTitle(tr("Recovery Key"));

        // 1. What it is, and why it cannot be shown again.
        auto* explain = new QWidget;
        auto* explainLayout = new QVBoxLayout(explain);
        explainLayout->setContentsMargins(0, 0, 0, 0);
        explainLayout->addWidget(paragraph(
            tr("The recovery key opens your vault when the password is forgotten. It is a second key, made of "
               "14 groups of four letters and digits."),
            explain));
        explainLayout->addWidget(paragraph(
            tr("Tessera showed it once, when the vault was created, and cannot show it again: only a "
               "protected form of it is stored. If you have lost it, or someone else may have seen it, make a "
               "new one. The old key then stops working."),
            explain));
        m_start->setObjectName(QStringLiteral("regenerateRecoveryKey"));
        m_start->setAccessibleDescription(tr("Asks for confirmation, then replaces the recovery key."));
        auto* startRow = new QHBoxLayout;
        startRow->addWidget(m_start);
        startRow->addStretch();
        explainLayout->addLayout(startRow);
        explainLayout->addStretch();

        // 2. Confirmation: the old key stops working.
        auto* confirm = new QWidget;
        auto* confirmLayout = new QVBoxLayout(confirm);
        confirmLayout->setContentsMargins(0, 0, 0, 0);
        auto* warning = new InlineMessage(confirm);
        warning->setMessage(InlineMessage::Severity::Warning,
            tr("Your current recovery key will stop working the moment the new one is made. Saved or printed "
               "copies of it become useless."));
        warning->setObjectName(QStringLiteral("regenerateWarning"));
        confirmLayout->addWidget(warning);
        confirmLayout->addWidget(paragraph(
            tr("The new key is shown once, on the next screen. Have a safe place ready: a password manager, a "
               "USB stick kept in a drawer, or paper."),
            confirm));
        m_confirm->setObjectName(QStringLiteral("confirmRegenerate"));
        m_confirm->setAccessibleDescription(tr("Replaces the recovery key now; the old one stops working."));
        m_back->setObjectName(QStringLiteral("regenerateBack"));
        m_back->setAccessibleDescription(tr("Keeps the current recovery key."));
        auto* confirmRow = new QHBoxLayout;
        confirmRow->addWidget(m_confirm);
        confirmRow->addWidget(m_back);
        confirmRow->addStretch();
        confirmLayout->addLayout(confirmRow);
        m_error->setParent(confirm);
        m_error->setObjectName(QStringLiteral("regenerateError"));
        confirmLayout->addWidget(m_error);
        confirmLayout->addStretch();

        // 3. The new key, once.
        auto* show = new QWidget;
        auto* showLayout = new QVBoxLayout(show);
        showLayout->setContentsMargins(0, 0, 0, 0);
        showLayout->addWidget(paragraph(
            tr("This is your new recovery key. It is shown only now: copy it into a password manager, save it, "
               "print it or write it down, and keep it away from this computer."),
            show));
        m_view->setParent(show);
        m_view->setObjectName(QStringLiteral("recoveryKeyView"));
        showLayout->addWidget(m_view);
        showLayout->addStretch();

        m_pages->addWidget(explain);
        m_pages->addWidget(confirm);
        m_pages->addWidget(show);

        m_close->setObjectName(QStringLiteral("closeButton"));
        m_close->setAccessibleDescription(tr("Closes the window; the recovery key stays as it is."));
        m_done->setObjectName(QStringLiteral("doneButton"));
        m_done->setAccessibleDescription(tr("Closes the window. The key cannot be shown again."));

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_pages);
        layout->addWidget(m_buttons);
        setMinimumWidth(fontMetrics().averageCharWidth() * 72);

        connect(m_start, &QPushButton::clicked, this, [this] { showPage(ConfirmPage); });
        connect(m_back, &QPushButton::clicked, this, [this] { showPage(ExplainPage); });
        connect(m_confirm, &QPushButton::clicked, this, &RecoveryKeyDialog::regenerate);
        connect(m_view, &RecoveryKeyView::keptChanged, m_done, &QPushButton::setEnabled);
        connect(m_close, &QPushButton::clicked, this, &RecoveryKeyDialog::reject);
        connect(m_done, &QPushButton::clicked, this, &RecoveryKeyDialog::finish);
        showPage(ExplainPage);
    }

    bool RecoveryKeyDialog::isShowingNewKey() const
    {
        return m_pages->currentIndex() == KeyPage;
    }

    void RecoveryKeyDialog::showPage(Page page)
    {
        m_pages->setCurrentIndex(page);
        m_close->setVisible(page != KeyPage);
        m_done->setVisible(page == KeyPage);
        m_done->setEnabled(m_view->isKept());
        switch (page) {
        case ExplainPage:
            m_start->setDefault(true);
            m_start->setFocus(Qt::OtherFocusReason);
            break;
        case ConfirmPage:
            m_error->clear();
            // Enter must not replace the key by accident: no default button here.
            m_start->setDefault(false);
            m_back->setFocus(Qt::OtherFocusReason);
            break;
        case KeyPage:
            m_done->setDefault(true);
            m_view->setFocus(Qt::OtherFocusReason);
            break;
        }
    }

    void RecoveryKeyDialog::regenerate()
    {
        auto key = m_vault.regenerateRecoveryKey();
        if (!key) {
            m_error->setMessage(
                InlineMessage::Severity::Error, tr("The recovery key was not changed: %1").arg(key.error().message()));
            return;
        }
        m_view->setKey(*key, m_vault.path());
        showPage(KeyPage);
        emit recoveryKeyRegenerated();
    }

    void RecoveryKeyDialog::finish()
    {
        if (!m_view->isKept()) {
            return;
        }
        m_view->clear();
        accept();
    }

    void RecoveryKeyDialog::reject()
    {
        if (isShowingNewKey() && !m_view->isKept()) {
            QMessageBox question(QMessageBox::Warning, tr("Close Without Keeping the Key?"),
                tr("The new recovery key cannot be shown again, and the old one no longer works."),
                QMessageBox::NoButton, this);
            question.setInformativeText(tr("Without it, only your password opens the vault."));
            QPushButton* back = question.addButton(tr("&Go Back"), QMessageBox::RejectRole);
            question.addButton(tr("&Close Anyway"), QMessageBox::DestructiveRole);
            question.setDefaultButton(back);
            question.setEscapeButton(back);
            question.exec();
            if (question.clickedButton() == back) {
                return;
            }
        }
        m_view->clear();
        QDialog::reject();
    }
}
