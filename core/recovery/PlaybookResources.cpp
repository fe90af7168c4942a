#include <QtGlobal>

// The playbooks are a Qt resource compiled into this static library. Q_INIT_RESOURCE must be used
// in the global namespace (not even an anonymous one), so Playbook.cpp reaches it through
// tessera::initPlaybookResources().
static int initialiseTesseraPlaybooks()
{
    Q_INIT_RESOURCE(tessera_playbooks);
    return 0;
}

namespace tessera
{
    void initPlaybookResources();

    void initPlaybookResources()
    {
        static const int once = initialiseTesseraPlaybooks();
        Q_UNUSED(once);
    }
}
