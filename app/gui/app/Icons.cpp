#include "app/Icons.h"

#include <QString>

namespace tessera::gui
{
    namespace
    {
        struct Entry
        {
            const char* themeName;
            const char* fallback;
        };

        Entry entry(Icons::Name name)
        {
            switch (name) {
            case Icons::Name::Search:
                return {"edit-find", "search"};
            case Icons::Name::Add:
                return {"list-add", "add"};
            case Icons::Name::Menu:
                return {"open-menu", "menu"};
            case Icons::Name::Back:
                return {"go-previous", "back"};
            case Icons::Name::Lock:
                return {"system-lock-screen", "lock"};
            case Icons::Name::Copy:
                return {"edit-copy", "copy"};
            case Icons::Name::Save:
                return {"document-save-as", "save"};
            case Icons::Name::Print:
                return {"document-print", "print"};
            case Icons::Name::Trash:
                return {"user-trash", "trash"};
            case Icons::Name::Restore:
                return {"edit-undo", "undo"};
            case Icons::Name::Undo:
                return {"edit-undo", "undo"};
            case Icons::Name::Close:
                return {"window-close", "close"};
            case Icons::Name::Warning:
                return {"dialog-warning", "warning"};
            case Icons::Name::Reveal:
                return {"view-visible", "reveal"};
            case Icons::Name::Conceal:
                return {"view-hidden", "conceal"};
            }
            return {"", ""};
        }
    }

    QIcon Icons::get(Name name)
    {
        const Entry e = entry(name);
        const QString fallback = QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(e.fallback));
        return QIcon::fromTheme(QLatin1String(e.themeName), QIcon(fallback));
    }

    QIcon Icons::application()
    {
        return QIcon::fromTheme(QStringLiteral("io.github.tessera.Tessera"),
            QIcon(QStringLiteral(":/icons/io.github.tessera.Tessera.svg")));
    }
}
