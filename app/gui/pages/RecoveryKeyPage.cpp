#include "pages/RecoveryKeyPage.h"

#include "RecoveryKey.h"
#include "SecretWipe.h"
#include "dialogs/RecoveryKeyView.h"
#include "widgets/PageColumn.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        QString canonicalGroup(const QString& text)
        {
            QString result;
            for (const QChar c : text) {
                if (c.isLetterOrNumber()) {
                    result.append(c.toUpper());
                }
            }
            return result;
        }
    }

    RecoveryKeyPage::RecoveryKeyPage(Clipboard& clipboard, QWidget* parent)
        : QWidget(parent)
        , m_view(new RecoveryKeyView(clipboard, this))
        , m_confirm(new QLineEdit(this))
        , m_confirmProblem(new QLabel(this))
        , m_continue(new QPushButton(tr("C&ontinue"), this))
    {
        auto* title = new QLabel(tr("Your recovery key"), this);
        QFont titleFont = title->font();
        if (titleFont.pointSizeF() > 0) {
            titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
        }
        title->setFont(titleFont);
        auto* intro = new QLabel(tr("If you forget your password, this key is the only way back into your vault. "
                                    "It is shown only now: print it or save it somewhere safe, away from this "
                                    "computer."),
            this);
        intro->setWordWrap(true);

        auto* confirmLabel = new QLabel(tr("To check, type the key's &last group:"), this);
        confirmLabel->setBuddy(m_confirm);
        QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_confirm->setFont(keyFont);
        m_confirm->setMaxLength(RecoveryKey::GroupLength + 2);
        m_confirm->setMaximumWidth(QFontMetrics(keyFont).horizontalAdvance(QLatin1Char('M')) * 10);
        m_confirm->setAccessibleName(tr("Last group of the recovery key"));
        m_confirm->setAccessibleDescription(
            tr("The %1 characters at the end of the recovery key").arg(RecoveryKey::GroupLength));
        auto* confirmRow = new QHBoxLayout;
        confirmRow->addWidget(confirmLabel);
        confirmRow->addWidget(m_confirm);
        confirmRow->addStretch(1);
        m_confirmProblem->setForegroundRole(QPalette::PlaceholderText);
        m_confirmProblem->setWordWrap(true);

        auto* buttons = new QDialogButtonBox(this);
        buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
        m_continue->setDefault(true);
        m_continue->setAccessibleDescription(tr("Opens your new, empty vault"));

        auto* column = new PageColumn(this, 48, 80);
        QVBoxLayout* columnLayout = column->contentLayout();
        columnLayout->addWidget(title);
        columnLayout->addWidget(intro);
        columnLayout->addWidget(m_view);
        columnLayout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
        columnLayout->addLayout(confirmRow);
        columnLayout->addWidget(m_confirmProblem);
        columnLayout->addWidget(buttons);

        connect(m_view, &RecoveryKeyView::keptChanged, this, &RecoveryKeyPage::updateConfirmation);
        connect(m_confirm, &QLineEdit::textChanged, this, &RecoveryKeyPage::updateConfirmation);
        connect(m_confirm, &QLineEdit::returnPressed, m_continue, &QPushButton::click);
        connect(m_continue, &QPushButton::clicked, this, [this] {
            if (m_continue->isEnabled()) {
                emit finished();
            }
        });
        updateConfirmation();
    }

    RecoveryKeyPage::~RecoveryKeyPage()
    {
        clear();
    }

    void RecoveryKeyPage::setRecoveryKey(const RecoveryKey& key, const QString& vaultPath)
    {
        clear();
        m_view->setKey(key, vaultPath);
        QString text = key.toString();
        const qsizetype dash = text.lastIndexOf(QLatin1Char('-'));
        m_lastGroup = text.mid(dash + 1);
        wipe(text);
        updateConfirmation();
    }

    void RecoveryKeyPage::clear()
    {
        m_view->clear();
        wipe(m_lastGroup);
        m_confirm->clear();
        updateConfirmation();
    }

    void RecoveryKeyPage::showEvent(QShowEvent* event)
    {
        QWidget::showEvent(event);
        // The first of Copy, Save and Print.
        if (auto* first = m_view->findChild<QPushButton*>()) {
            first->setFocus();
        }
    }

    void RecoveryKeyPage::updateConfirmation()
    {
        const QString typed = canonicalGroup(m_confirm->text());
        const bool matches = !m_lastGroup.isEmpty() && typed == m_lastGroup;
        QString problem;
        if (typed.size() >= RecoveryKey::GroupLength && !matches) {
            problem = tr("That is not the last group. It is the group at the end of the key.");
        } else if (matches && !m_view->isKept()) {
            problem = tr("Tick the box above once the key is kept somewhere safe.");
        }
        m_confirmProblem->setText(problem);
        m_confirmProblem->setVisible(!problem.isEmpty());
        m_continue->setEnabled(matches && m_view->isKept());
    }
}
