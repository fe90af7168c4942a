#include "RecoveryCodesEditor.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace tessera::gui
{
    RecoveryCodesEditor::RecoveryCodesEditor(QWidget* parent)
        : QWidget(parent)
        , m_now([] { return QDateTime::currentDateTimeUtc(); })
        , m_summary(new QLabel(this))
        , m_list(new QWidget)
        , m_listEnd(nullptr)
        , m_grid(new QGridLayout(m_list))
        , m_removeUsed(new QPushButton(tr("Remove &used codes"), this))
        , m_removeAll(new QPushButton(tr("Remove a&ll codes"), this))
        , m_paste(new QPlainTextEdit(this))
        , m_add(new QPushButton(tr("A&dd these codes"), this))
        , m_addResult(new QLabel(this))
    {
        m_summary->setObjectName(QStringLiteral("recoveryCodesSummary"));
        m_summary->setWordWrap(true);
        m_summary->setTextFormat(Qt::PlainText);

        auto* scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("recoveryCodesList"));
        scroll->setWidgetResizable(true);
        scroll->setWidget(m_list);
        scroll->setFrameShape(QFrame::StyledPanel);
        scroll->setAccessibleName(tr("Stored recovery codes"));
        scroll->setFocusPolicy(Qt::NoFocus);
        m_grid->setColumnStretch(0, 1);

        m_removeUsed->setObjectName(QStringLiteral("removeUsedCodes"));
        m_removeUsed->setAccessibleDescription(tr("Removes the codes marked used from the list."));
        m_removeAll->setObjectName(QStringLiteral("removeAllCodes"));
        m_removeAll->setAccessibleDescription(tr("Removes every code, for example before pasting a new set. "
                                                 "Nothing is saved until you press Save."));

        auto* pasteLabel = new QLabel(tr("&New codes, one per line:"), this);
        pasteLabel->setBuddy(m_paste);
        m_paste->setObjectName(QStringLiteral("recoveryCodesPaste"));
        m_paste->setTabChangesFocus(true);
        m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_paste->setPlaceholderText(tr("Paste the codes the provider gave you"));
        m_paste->setAccessibleName(tr("New recovery codes"));
        m_paste->setAccessibleDescription(tr("Paste the block of recovery codes from the provider, one code per "
                                             "line, then press Add these codes."));
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_paste->setFont(fixed);
        // About five lines: enough for a pasted block without taking over the dialog.
        const int frame = m_paste->frameWidth() * 2 + m_paste->contentsMargins().top()
            + m_paste->contentsMargins().bottom() + static_cast<int>(m_paste->document()->documentMargin() * 2);
        m_paste->setMaximumHeight(QFontMetrics(fixed).lineSpacing() * 5 + frame);
        m_add->setObjectName(QStringLiteral("addRecoveryCodes"));
        m_add->setAccessibleDescription(tr("Adds the pasted codes to the list; codes already stored are skipped."));
        m_add->setEnabled(false);
        m_addResult->setObjectName(QStringLiteral("recoveryCodesAddResult"));
        m_addResult->setWordWrap(true);
        m_addResult->setTextFormat(Qt::PlainText);

        auto* removeRow = new QHBoxLayout;
        removeRow->addWidget(m_removeUsed);
        removeRow->addWidget(m_removeAll);
        removeRow->addStretch();
        auto* addRow = new QHBoxLayout;
        addRow->addWidget(m_addResult, 1);
        addRow->addWidget(m_add, 0, Qt::AlignTop);

        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_summary);
        layout->addWidget(scroll, 1);
        layout->addLayout(removeRow);
        layout->addWidget(pasteLabel);
        layout->addWidget(m_paste);
        layout->addLayout(addRow);
        m_listEnd = m_removeUsed;

        connect(m_paste, &QPlainTextEdit::textChanged, this,
            [this] { m_add->setEnabled(!m_paste->toPlainText().trimmed().isEmpty()); });
        connect(m_add, &QPushButton::clicked, this, &RecoveryCodesEditor::addPasted);
        connect(m_removeUsed, &QPushButton::clicked, this, &RecoveryCodesEditor::removeUsed);
        connect(m_removeAll, &QPushButton::clicked, this, &RecoveryCodesEditor::removeAll);
        rebuild();
    }

    void RecoveryCodesEditor::setCodes(const QList<RecoveryCode>& codes)
    {
        m_codes = codes;
        rebuild();
    }

    void RecoveryCodesEditor::setNow(std::function<QDateTime()> now)
    {
        m_now = std::move(now);
    }

    int RecoveryCodesEditor::addCodes(const QString& block)
    {
        int added = 0;
        for (const QString& line : block.split(QLatin1Char('\n'))) {
            const QString code = line.trimmed();
            if (code.isEmpty()) {
                continue;
            }
            const bool known = std::any_of(
                m_codes.cbegin(), m_codes.cend(), [&code](const RecoveryCode& stored) { return stored.code == code; });
            if (!known) {
                m_codes.append({code, false, QDateTime()});
                ++added;
            }
        }
        if (added > 0) {
            rebuild();
            emit codesChanged();
        }
        return added;
    }

    void RecoveryCodesEditor::markUsed(const QString& code, const QDateTime& when)
    {
        for (qsizetype i = 0; i < m_codes.size(); ++i) {
            if (m_codes[i].code == code && !m_codes[i].used) {
                m_codes[i].used = true;
                m_codes[i].usedAt = when;
                rebuild();
                emit codesChanged();
                return;
            }
        }
    }

    void RecoveryCodesEditor::addPasted()
    {
        const QString block = m_paste->toPlainText();
        const QStringList pasted = block.split(QLatin1Char('\n'));
        const auto lines = std::count_if(
            pasted.cbegin(), pasted.cend(), [](const QString& line) { return !line.trimmed().isEmpty(); });
        const int added = addCodes(block);
        m_paste->clear();
        if (added == lines) {
            m_addResult->setText(tr("Added %n code(s).", nullptr, added));
        } else {
            m_addResult->setText(tr("Added %n code(s).", nullptr, added) + QLatin1Char(' ')
                + tr("%n line(s) already stored or repeated.", nullptr, int(lines - added)));
        }
        m_addResult->setVisible(true);
    }

    void RecoveryCodesEditor::removeUsed()
    {
        const auto before = m_codes.size();
        m_codes.removeIf([](const RecoveryCode& code) { return code.used; });
        if (m_codes.size() != before) {
            rebuild();
            emit codesChanged();
        }
    }

    void RecoveryCodesEditor::removeAll()
    {
        if (m_codes.isEmpty()) {
            return;
        }
        m_codes.clear();
        rebuild();
        emit codesChanged();
    }

    void RecoveryCodesEditor::setUsed(int index, bool used)
    {
        if (index < 0 || index >= m_codes.size() || m_codes[index].used == used) {
            return;
        }
        m_codes[index].used = used;
        m_codes[index].usedAt = used ? m_now() : QDateTime();
        rebuild();
        emit codesChanged();
    }

    void RecoveryCodesEditor::rebuild()
    {
        QWidget* focused = focusWidget();
        const QString focusedName
            = focused != nullptr && m_list->isAncestorOf(focused) ? focused->objectName() : QString();
        const QList<QWidget*> old = m_list->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
        for (QWidget* widget : old) {
            // Out of the layout, the tab order and findChild() now; deleted once its signal returns.
            m_grid->removeWidget(widget);
            widget->setObjectName(QString());
            widget->setParent(nullptr);
            widget->deleteLater();
        }

        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        QWidget* previous = m_listEnd->previousInFocusChain();
        QWidget* refocus = nullptr;
        if (m_codes.isEmpty()) {
            auto* empty = new QLabel(tr("No recovery codes stored yet."), m_list);
            empty->setObjectName(QStringLiteral("noRecoveryCodes"));
            m_grid->addWidget(empty, 0, 0, 1, 3);
            empty->show();
        }
        for (int i = 0; i < m_codes.size(); ++i) {
            const RecoveryCode& code = m_codes[i];
            const int number = i + 1;
            auto* text = new QLabel(code.code, m_list);
            text->setObjectName(QStringLiteral("recoveryCode%1").arg(number));
            text->setTextFormat(Qt::PlainText);
            QFont font = fixed;
            font.setStrikeOut(code.used);
            text->setFont(font);
            text->setAccessibleName(tr("Recovery code %1").arg(number));
            text->setAccessibleDescription(code.used ? tr("Used") : tr("Not used"));
            text->setEnabled(!code.used);

            auto* used = new QCheckBox(tr("Used"), m_list);
            used->setObjectName(QStringLiteral("recoveryCodeUsed%1").arg(number));
            used->setChecked(code.used);
            used->setAccessibleName(tr("Recovery code %1 used").arg(number));
            used->setAccessibleDescription(code.usedAt.isValid()
                    ? tr("Marked used on %1.").arg(QLocale().toString(code.usedAt.toLocalTime(), QLocale::ShortFormat))
                    : tr("Tick once the code has been used; each code works only once."));
            if (code.usedAt.isValid()) {
                used->setToolTip(used->accessibleDescription());
            }

            auto* copy = new QPushButton(tr("Copy"), m_list);
            copy->setObjectName(QStringLiteral("recoveryCodeCopy%1").arg(number));
            copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
            copy->setAccessibleName(tr("Copy recovery code %1").arg(number));
            copy->setAccessibleDescription(tr("Copies the code to the clipboard and marks it used."));

            m_grid->addWidget(text, i, 0);
            m_grid->addWidget(used, i, 1);
            m_grid->addWidget(copy, i, 2);
            // Added to a visible list: show them now rather than on the next event loop pass.
            text->show();
            used->show();
            copy->show();

            setTabOrder(previous, used);
            setTabOrder(used, copy);
            previous = copy;
            if (used->objectName() == focusedName) {
                refocus = used;
            } else if (copy->objectName() == focusedName) {
                refocus = copy;
            }

            connect(used, &QCheckBox::toggled, this, [this, i](bool checked) { setUsed(i, checked); });
            const QString value = code.code;
            connect(copy, &QPushButton::clicked, this, [this, value] { emit copyRequested(value); });
        }
        m_grid->setRowStretch(static_cast<int>(std::max<qsizetype>(m_codes.size(), 1)), 1);

        const auto unused
            = std::count_if(m_codes.cbegin(), m_codes.cend(), [](const RecoveryCode& c) { return !c.used; });
        if (m_codes.isEmpty()) {
            m_summary->setText(tr("Paste the recovery codes the provider gave you when you set up two-factor "
                                  "sign-in. Each works once, when the authenticator is lost."));
        } else {
            m_summary->setText(
                tr("%n code(s) stored, %1 not used yet. Copying a code marks it used.", nullptr, int(m_codes.size()))
                    .arg(unused));
        }
        m_removeUsed->setEnabled(unused != m_codes.size());
        m_removeAll->setEnabled(!m_codes.isEmpty());
        if (refocus != nullptr) {
            refocus->setFocus(Qt::OtherFocusReason);
        }
    }
}
