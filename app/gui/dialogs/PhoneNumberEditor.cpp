#include "PhoneNumberEditor.h"

#include "InlineMessage.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>
#include <utility>

namespace tessera::gui
{
    namespace
    {
        struct Region
        {
            QString code;
            QString name;
        };

        /// The countries both QLocale can name and the phone metadata knows, sorted by name.
        const QList<Region>& knownRegions()
        {
            static const QList<Region> regions = [] {
                QList<Region> list;
                for (int value = static_cast<int>(QLocale::AnyTerritory) + 1;
                     value <= static_cast<int>(QLocale::LastTerritory); ++value) {
                    const auto territory = static_cast<QLocale::Territory>(value);
                    const QString code = QLocale::territoryToCode(territory);
                    if (code.size() != 2 || !PhoneNumber::isSupportedRegion(code)) {
                        continue;
                    }
                    const bool seen = std::any_of(
                        list.cbegin(), list.cend(), [&code](const Region& region) { return region.code == code; });
                    if (!seen) {
                        list.append({code, QLocale::territoryToString(territory)});
                    }
                }
                QCollator collator;
                std::sort(list.begin(), list.end(),
                    [&collator](const Region& a, const Region& b) { return collator.compare(a.name, b.name) < 0; });
                return list;
            }();
            return regions;
        }

        InlineMessage::Severity severityOf(PhoneNumber::Severity severity)
        {
            switch (severity) {
            case PhoneNumber::Severity::Info:
                return InlineMessage::Severity::Info;
            case PhoneNumber::Severity::Warning:
                return InlineMessage::Severity::Warning;
            case PhoneNumber::Severity::Blocking:
                return InlineMessage::Severity::Error;
            }
            return InlineMessage::Severity::Info;
        }
    }

    PhoneNumberEditor::PhoneNumberEditor(QWidget* parent)
        : QWidget(parent)
        , m_edit(new QLineEdit(this))
        , m_region(new QComboBox(this))
        , m_e164(new QLabel(this))
        , m_useE164(new QPushButton(this))
        , m_findings(new InlineMessage(this))
        , m_override(new QCheckBox(tr("The number is right: &keep it anyway"), this))
    {
        m_edit->setObjectName(QStringLiteral("phoneEdit"));
        m_edit->setPlaceholderText(tr("+44 7911 123456"));
        m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        m_edit->setClearButtonEnabled(true);
        // Room for a whole international number next to the country picker, at any scale.
        m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("+000 0000 000 000"))
            + m_edit->fontMetrics().height() * 2);
        m_edit->setAccessibleName(tr("Phone number"));
        m_edit->setAccessibleDescription(tr("The phone number registered with the provider, exactly as the "
                                            "provider shows it. Tessera checks it as you type."));

        m_region->setObjectName(QStringLiteral("phoneRegion"));
        m_region->addItem(tr("No default country"), QString());
        for (const Region& region : knownRegions()) {
            m_region->addItem(tr("%1 (%2)").arg(region.name, region.code), region.code);
        }
        // Editable, so a keyboard user can type a name with spaces ("United Kingdom"), part of it
        // (the completer lists the matches) or the code ("GB").
        m_region->setEditable(true);
        m_region->setInsertPolicy(QComboBox::NoInsert);
        m_region->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_region->completer()->setFilterMode(Qt::MatchContains);
        m_region->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_region->setAccessibleName(tr("Country for numbers without a country code"));
        m_region->setAccessibleDescription(tr("Used to read a number typed without '+' and a country code."));
        m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_region->setMinimumContentsLength(12);
        m_region->setToolTip(m_region->accessibleDescription());
        setRegion(systemRegion());

        m_e164->setObjectName(QStringLiteral("phoneE164"));
        m_e164->setTextFormat(Qt::PlainText);
        m_e164->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_e164->setAccessibleName(tr("The number in E.164 form"));
        m_e164->setWordWrap(true);
        m_e164->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_e164->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

        m_useE164->setObjectName(QStringLiteral("phoneUseE164"));
        m_useE164->setAccessibleDescription(tr("Replaces the number with its E.164 form. Do this once the "
                                               "provider's records have the same form."));
        m_findings->setObjectName(QStringLiteral("phoneFindings"));
        m_override->setObjectName(QStringLiteral("phoneOverride"));
        m_override->setAccessibleDescription(tr("Tessera's phone data (from 2022) may not know newer number "
                                                "ranges. Tick this to save a number it calls not valid."));

        // A label of its own: on Linux a combo box's accessible name is its value, and screen readers
        // read what it is for from the label it is labelled by.
        auto* regionLabel = new QLabel(tr("&Country:"), this);
        regionLabel->setBuddy(m_region);

        auto* layout = new QGridLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit, 0, 0);
        layout->addWidget(regionLabel, 0, 1);
        layout->addWidget(m_region, 0, 2);
        auto* formRow = new QHBoxLayout;
        formRow->addWidget(m_e164, 1);
        formRow->addWidget(m_useE164, 0, Qt::AlignTop);
        layout->addLayout(formRow, 1, 0, 1, 3);
        layout->addWidget(m_findings, 2, 0, 1, 3);
        layout->addWidget(m_override, 3, 0, 1, 3);
        layout->setColumnStretch(0, 3);
        layout->setColumnStretch(2, 2);
        m_region->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setFocusProxy(m_edit);
        setTabOrder(m_edit, m_region);
        setTabOrder(m_region, m_useE164);
        setTabOrder(m_useE164, m_override);

        connect(m_edit, &QLineEdit::textChanged, this, &PhoneNumberEditor::check);
        connect(m_region, &QComboBox::currentIndexChanged, this, &PhoneNumberEditor::check);
        // A chosen country shows from its start, not scrolled to the end of the field.
        connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_region->lineEdit()->hasFocus()) {
                m_region->lineEdit()->setCursorPosition(0);
            }
        });
        connect(m_region->lineEdit(), &QLineEdit::textEdited, this, &PhoneNumberEditor::regionTyped);
        // Leaving the field with text that names no country shows the chosen one again.
        connect(m_region->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { m_region->setEditText(m_region->currentText()); });
        connect(m_override, &QCheckBox::toggled, this, &PhoneNumberEditor::changed);
        connect(m_useE164, &QPushButton::clicked, this, &PhoneNumberEditor::useE164);
        check();
    }

    QString PhoneNumberEditor::text() const
    {
        return m_edit->text().trimmed();
    }

    void PhoneNumberEditor::setText(const QString& text)
    {
        m_edit->setText(text);
    }

    QString PhoneNumberEditor::region() const
    {
        return m_region->currentData().toString();
    }

    void PhoneNumberEditor::setRegion(const QString& region)
    {
        const int index = m_region->findData(region.toUpper());
        if (index >= 0) {
            m_region->setCurrentIndex(index);
        }
    }

    void PhoneNumberEditor::regionTyped(const QString& text)
    {
        const QString typed = text.trimmed();
        if (typed.isEmpty()) {
            return;
        }
        for (int i = 0; i < m_region->count(); ++i) {
            const QString code = m_region->itemData(i).toString();
            const QString item = m_region->itemText(i);
            const QString name = code.isEmpty() ? item : item.left(item.size() - code.size() - 3);
            if (typed.compare(item, Qt::CaseInsensitive) == 0 || typed.compare(name, Qt::CaseInsensitive) == 0
                || (!code.isEmpty() && typed.compare(code, Qt::CaseInsensitive) == 0)) {
                if (m_region->currentIndex() != i) {
                    // Keep what is being typed; only the selection behind it changes.
                    const QSignalBlocker blocker(m_region->lineEdit());
                    m_region->setCurrentIndex(i);
                    m_region->setEditText(text);
                }
                return;
            }
        }
    }

    QString PhoneNumberEditor::systemRegion()
    {
        const QString code = QLocale::territoryToCode(QLocale::system().territory());
        return code.size() == 2 && PhoneNumber::isSupportedRegion(code) ? code : QString();
    }

    bool PhoneNumberEditor::isAcceptable() const
    {
        return problem().isEmpty();
    }

    QString PhoneNumberEditor::problem() const
    {
        if (text().isEmpty()) {
            return {};
        }
        if (!m_number) {
            return m_parseError;
        }
        if (m_number->isBlocked()) {
            for (const PhoneNumber::Issue& issue : m_number->issues()) {
                if (issue.severity == PhoneNumber::Severity::Blocking) {
                    return issue.message;
                }
            }
        }
        if (m_number->hasIssue(PhoneNumber::IssueKind::NotValid) && !m_override->isChecked()) {
            return tr("Tessera does not know this phone number range. Check the number, or tick \"keep it "
                      "anyway\" if it is right.");
        }
        return {};
    }

    QString PhoneNumberEditor::findingsText() const
    {
        return m_findings->text();
    }

    QString PhoneNumberEditor::e164Text() const
    {
        return m_number ? m_number->e164() : QString();
    }

    void PhoneNumberEditor::check()
    {
        const QString typed = text();
        m_number.reset();
        m_parseError.clear();
        if (typed.isEmpty()) {
            m_e164->clear();
            m_e164->setVisible(false);
            m_useE164->setVisible(false);
            m_findings->clear();
            m_override->setVisible(false);
            m_edit->setAccessibleDescription(tr("The phone number registered with the provider, exactly as the "
                                                "provider shows it. Tessera checks it as you type."));
            emit changed();
            return;
        }
        auto parsed = PhoneNumber::parse(typed, region());
        if (!parsed) {
            m_parseError = parsed.error().message();
            m_e164->clear();
            m_e164->setVisible(false);
            m_useE164->setVisible(false);
            m_override->setVisible(false);
            m_findings->setMessage(InlineMessage::Severity::Error, m_parseError);
            m_edit->setAccessibleDescription(m_parseError);
            emit changed();
            return;
        }
        m_number = std::move(parsed).value();

        QString form = tr("E.164 form: %1").arg(m_number->e164());
        if (m_number->isValid() && m_number->type() != PhoneNumber::Type::Unknown) {
            form = tr("E.164 form: %1 (%2)").arg(m_number->e164(), PhoneNumber::typeName(m_number->type()));
        }
        m_e164->setText(form);
        m_e164->setVisible(true);

        const bool offerE164 = !m_number->isE164AsTyped() && !m_number->isBlocked();
        m_useE164->setText(tr("&Use This Form"));
        m_useE164->setAccessibleName(tr("Use the E.164 form %1").arg(m_number->e164()));
        m_useE164->setVisible(offerE164);

        QStringList lines;
        InlineMessage::Severity worst = InlineMessage::Severity::Info;
        for (const PhoneNumber::Issue& issue : m_number->issues()) {
            lines.append(issue.message);
            worst = std::max(worst, severityOf(issue.severity));
        }
        m_findings->setMessage(worst, lines.join(QLatin1Char('\n')));
        const bool notValid = m_number->hasIssue(PhoneNumber::IssueKind::NotValid);
        m_override->setVisible(notValid);
        if (!notValid) {
            m_override->setChecked(false);
        }
        m_edit->setAccessibleDescription(lines.isEmpty() ? form : form + QLatin1Char('\n') + lines.join(u'\n'));
        emit changed();
    }

    void PhoneNumberEditor::useE164()
    {
        if (m_number) {
            m_edit->setText(m_number->e164());
            m_edit->setFocus(Qt::OtherFocusReason);
        }
    }
}
