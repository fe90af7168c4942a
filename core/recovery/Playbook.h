#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace tessera
{
    /// A provider's account-recovery flow, as data (resources/playbooks/*.json, embedded as a Qt
    /// resource): what to have ready, the typical waiting time, the provider's recovery page, the
    /// alternative paths back in (each a sequence of steps), branches for known failures, and what
    /// to do after regaining access. Every piece cites the provider's page it comes from and the
    /// date it was last checked. resources/playbooks/README.md describes the format.
    ///
    /// Loading validates strictly: an unknown or missing field, a bad URL or date, a dangling
    /// reference is an error naming the file and the field. User-visible strings are translated
    /// on load (context "Playbook"; a generated source lists them for lupdate).
    class Playbook
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::Playbook)

    public:
        static constexpr int SchemaVersion = 1;
        static constexpr int MaxConsecutiveCodes = 3;

        /// What a step relies on instead of the lost authenticator.
        enum class Factor
        {
            Email,
            PhoneCall,
            Sms,
            RecoveryCodes,
            TrustedDevice,
            Administrator,
            SecurityKey,
            OtherMfaDevice,
            RecoveryContact,
            SshKeyOrToken,
            SupportRequest,
        };

        /// Where a failure option leads.
        enum class Then
        {
            Retry,    ///< do the failed step again (after fixing what the option says)
            Continue, ///< the failed step counts as done
            Restart,  ///< start the path over from its first step
            Path,     ///< switch to another path of the playbook
        };

        /// A sourced statement: what to have ready, a waiting time.
        struct Item
        {
            QString text;
            QStringList sources;
            QDate checked;
        };

        struct Option
        {
            QString id;
            QString text;
            QList<Factor> factors;
            Then then = Then::Retry;
            QString path; ///< for Then::Path
            QStringList sources;
            QDate checked;
        };

        struct Failure
        {
            QString id;
            QString symptom; ///< what the user sees, e.g. "Phone verification could not be completed"
            QString cause;
            QList<Option> options;
            QStringList sources;
            QDate checked;

            [[nodiscard]] const Option* option(const QString& id) const;
        };

        struct Step
        {
            QString id;
            QString text;
            QList<Factor> factors;
            bool optional = false;
            QList<Failure> failures; ///< only in paths' steps
            QStringList sources;
            QDate checked;

            [[nodiscard]] const Failure* failure(const QString& id) const;
        };

        struct Path
        {
            QString id;
            QString title;
            std::optional<Item> waiting;
            QList<Step> steps;

            [[nodiscard]] const Step* step(const QString& id) const;
            [[nodiscard]] QList<Factor> factors() const; ///< of its steps and failure options, in order of first use
        };

        /// The provider's own re-sync (e.g. AWS: two consecutive codes).
        struct ResyncInfo
        {
            QString text;
            int consecutiveCodes = 2;
            QStringList sources;
            QDate checked;
        };

        /// Every bundled playbook, validated, ordered as bundledIds().
        static Result<QList<Playbook>> loadAll();
        /// One bundled playbook by id.
        static Result<Playbook> load(const QString& id);
        /// The ids of the bundled playbooks (file names without ".json"), sorted.
        static QStringList bundledIds();
        /// Parses and validates one playbook; `fileName` (e.g. "aws-root.json") names it in errors
        /// and must match its id.
        static Result<Playbook> parse(const QByteArray& json, const QString& fileName);

        [[nodiscard]] const QString& id() const { return m_id; }
        [[nodiscard]] const QString& provider() const { return m_provider; }
        [[nodiscard]] const QString& title() const { return m_title; }
        [[nodiscard]] const QString& summary() const { return m_summary; }
        /// Empty for the generic playbook.
        [[nodiscard]] const QUrl& recoveryPage() const { return m_recoveryPage; }
        [[nodiscard]] const Item& waiting() const { return m_waiting; }
        [[nodiscard]] const QList<Item>& prepare() const { return m_prepare; }
        [[nodiscard]] const std::optional<ResyncInfo>& resync() const { return m_resync; }
        [[nodiscard]] const QList<Path>& paths() const { return m_paths; }
        [[nodiscard]] const QList<Step>& reEnrol() const { return m_reEnrol; }
        [[nodiscard]] const QList<Step>& prevent() const { return m_prevent; }

        [[nodiscard]] const Path* path(const QString& id) const;
        /// Every factor any path uses, in order of first use.
        [[nodiscard]] QList<Factor> factors() const;
        /// Every source URL cited anywhere in the playbook, once each.
        [[nodiscard]] QStringList allSources() const;

        static QString factorKey(Factor factor);   ///< the JSON name: "phoneCall"
        static QString factorLabel(Factor factor); ///< translated, for people: "Phone call"
        static std::optional<Factor> parseFactor(const QString& key);

    private:
        Playbook() = default;

        QString m_id;
        QString m_provider;
        QString m_title;
        QString m_summary;
        QUrl m_recoveryPage;
        Item m_waiting;
        QList<Item> m_prepare;
        std::optional<ResyncInfo> m_resync;
        QList<Path> m_paths;
        QList<Step> m_reEnrol;
        QList<Step> m_prevent;
    };
}
