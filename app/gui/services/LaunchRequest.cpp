#include "LaunchRequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tessera::gui
{
    namespace
    {
        const QString quickSearchOption = QStringLiteral("quick-search");
    }

    LaunchRequest::LaunchRequest(Action action, QString uri)
        : m_action(action)
        , m_uri(std::move(uri))
    { }

    void LaunchRequest::addOptions(QCommandLineParser& parser)
    {
        parser.addOption(QCommandLineOption(quickSearchOption,
            tr("Open the quick search of the running Tessera: type a few letters, press Enter, and the code is "
               "copied.")));
        parser.addPositionalArgument(
            QStringLiteral("link"), tr("An otpauth:// link to add as a new account."), QStringLiteral("[link]"));
    }

    Result<LaunchRequest> LaunchRequest::fromParser(const QCommandLineParser& parser)
    {
        const QStringList positional = parser.positionalArguments();
        const bool quickSearch = parser.isSet(quickSearchOption);
        if (positional.size() > 1) {
            return Error(Error::Kind::InvalidInput, tr("Give one otpauth:// link at a time."));
        }
        if (positional.isEmpty()) {
            return LaunchRequest(quickSearch ? Action::QuickSearch : Action::ShowWindow, QString());
        }
        if (quickSearch) {
            return Error(Error::Kind::InvalidInput, tr("Give either --quick-search or an otpauth:// link, not both."));
        }
        const QString& uri = positional.first();
        if (!uri.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive)) {
            return Error(Error::Kind::InvalidInput,
                tr("\"%1\" is not an otpauth:// link. Tessera opens links that start with otpauth://.").arg(uri));
        }
        return LaunchRequest(Action::AddAccount, uri);
    }

    Result<LaunchRequest> LaunchRequest::fromArguments(const QStringList& arguments)
    {
        QCommandLineParser parser;
        addOptions(parser);
        if (!parser.parse(arguments)) {
            return Error(Error::Kind::InvalidInput, parser.errorText());
        }
        return fromParser(parser);
    }

    LaunchRequest::Action LaunchRequest::action() const
    {
        return m_action;
    }

    const QString& LaunchRequest::otpauthUri() const
    {
        return m_uri;
    }
}
