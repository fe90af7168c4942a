#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tessera::gui
{
    namespace
    {
        const QString English = QStringLiteral("en");

        bool hasCatalog(const QString& folder)
        {
            return !folder.isEmpty()
                && !QDir(folder).entryList({QStringLiteral("tessera_*.qm")}, QDir::Files).isEmpty();
        }
    }

    QStringList Translations::languages()
    {
        // translations/CMakeLists.txt, TESSERA_LANGUAGES
        return {English, QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
    }

    QString Translations::choose(const QString& preference, const QStringList& systemLanguages)
    {
        const QStringList known = languages();
        if (known.contains(preference)) {
            return preference;
        }
        for (const QString& name : systemLanguages) {
            // "de-CH", "de_DE.UTF-8" and "de" all mean German here.
            const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
            if (known.contains(language)) {
                return language;
            }
        }
        return English;
    }

    QString Translations::directory()
    {
        const QString fromEnvironment = qEnvironmentVariable("TESSERA_TRANSLATIONS_DIR");
        if (!fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        const QDir executable(QCoreApplication::applicationDirPath());
        // Installed: <prefix>/bin/tessera and <prefix>/share/tessera/translations. Build tree:
        // <build>/app/gui/tessera and <build>/translations.
        for (const QString& relative :
            {QStringLiteral("../share/tessera/translations"), QStringLiteral("../../translations")}) {
            const QString folder = QDir::cleanPath(executable.filePath(relative));
            if (hasCatalog(folder)) {
                return folder;
            }
        }
        return {};
    }

    bool Translations::install(QCoreApplication& app, const QString& language)
    {
        QLocale::setDefault(QLocale(language));
        // For English, the file holds only the plural forms ("1 account" for "%n account(s)").
        bool complete = true;
        auto* own = new QTranslator(&app);
        if (own->load(QStringLiteral("tessera_") + language, directory())) {
            QCoreApplication::installTranslator(own);
        } else {
            delete own;
            complete = language == English;
        }
        if (language == English) {
            return complete;
        }
        // Standard buttons and Qt's dialogs (Debian's qt6-translations-l10n, which the package recommends).
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
        return complete;
    }
}
