#include "BundledPlaybooks.h"

namespace tessera::gui
{
    const QList<Playbook>& BundledPlaybooks::all()
    {
        static const QList<Playbook> playbooks = [] {
            auto loaded = Playbook::loadAll();
            return loaded ? *loaded : QList<Playbook>();
        }();
        return playbooks;
    }
}
