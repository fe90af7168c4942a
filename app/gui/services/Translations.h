#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tessera::gui
{
    /// Tessera's translations (translations/*.ts, compiled to tessera_<language>.qm) and Qt's own.
    class Translations
    {
    public:
        /// The languages Tessera speaks, English (the source language) first.
        [[nodiscard]] static QStringList languages();

        /// The language to use: `preference` when Tessera has it, else the first of the system's
        /// languages that it has, else English. `preference` is a code such as "de"; empty follows
        /// `systemLanguages` (QLocale::uiLanguages(), e.g. {"de-CH", "en-US"}).
        [[nodiscard]] static QString choose(const QString& preference, const QStringList& systemLanguages);

        /// Where the .qm files are: $TESSERA_TRANSLATIONS_DIR, the installed share/tessera/translations
        /// next to the executable's prefix, or the build tree's translations folder; empty if none.
        [[nodiscard]] static QString directory();

        /// Installs the translators for `language` into `app` (they become its children) and makes it
        /// the default locale. English installs only its plural forms. Returns false when a language
        /// other than English has no file.
        static bool install(QCoreApplication& app, const QString& language);
    };
}
