#include "RecordArena.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace tessera
{
    namespace
    {
        constexpr std::size_t MinimumCapacity = 4096;
        constexpr std::size_t CompactionThreshold = std::size_t{64} * 1024;

        void zero(unsigned char* data, std::size_t size)
        {
            auto* p = static_cast<volatile unsigned char*>(data);
            for (std::size_t i = 0; i < size; ++i) {
                p[i] = 0;
            }
        }
    }

    void RecordArena::reserve(std::size_t bytes)
    {
        ensureFree(bytes);
    }

    unsigned char* RecordArena::beginRecord(std::size_t size)
    {
        if (m_pending != 0) {
            abandonRecord();
        }
        ensureFree(size);
        m_pending = size;
        return m_buffer.data() + m_end;
    }

    void RecordArena::commitRecord(const QUuid& id, std::size_t size)
    {
        if (size > m_pending) {
            std::abort(); // a programming error: more bytes than were asked for
        }
        if (size < m_pending) {
            wipeRange(m_end + size, m_pending - size);
        }
        m_pending = 0;
        if (const auto it = m_records.constFind(id); it != m_records.constEnd()) {
            wipeRange(it->offset, it->size);
            m_garbage += it->size;
        }
        m_records.insert(id, Slice{m_end, size});
        m_end += size;
        compactIfWasteful();
    }

    void RecordArena::abandonRecord()
    {
        if (m_pending != 0) {
            wipeRange(m_end, m_pending);
        }
        m_pending = 0;
    }

    void RecordArena::put(const QUuid& id, QByteArrayView bytes)
    {
        const auto size = static_cast<std::size_t>(bytes.size());
        unsigned char* space = beginRecord(size);
        if (size > 0) {
            std::memcpy(space, bytes.data(), size);
        }
        commitRecord(id, size);
    }

    QByteArrayView RecordArena::record(const QUuid& id) const
    {
        const auto it = m_records.constFind(id);
        if (it == m_records.constEnd() || it->size == 0) {
            return {};
        }
        return {m_buffer.data() + it->offset, static_cast<qsizetype>(it->size)};
    }

    bool RecordArena::contains(const QUuid& id) const
    {
        return m_records.contains(id);
    }

    void RecordArena::remove(const QUuid& id)
    {
        const auto it = m_records.constFind(id);
        if (it == m_records.constEnd()) {
            return;
        }
        wipeRange(it->offset, it->size);
        m_garbage += it->size;
        m_records.erase(it);
        compactIfWasteful();
    }

    void RecordArena::clear()
    {
        m_records.clear();
        m_buffer.clear(); // sodium_free wipes the whole region
        m_end = 0;
        m_garbage = 0;
        m_pending = 0;
    }

    void RecordArena::ensureFree(std::size_t bytes)
    {
        if (m_buffer.size() - m_end >= bytes) {
            return;
        }
        const std::size_t live = liveBytes();
        std::size_t capacity = std::max(MinimumCapacity, live + bytes);
        capacity += capacity / 2; // room to grow without copying on every add
        relocate(capacity);
    }

    void RecordArena::relocate(std::size_t newCapacity)
    {
        SecureBytes fresh(newCapacity);
        std::size_t end = 0;
        for (auto it = m_records.begin(); it != m_records.end(); ++it) {
            if (it->size > 0) {
                std::memcpy(fresh.data() + end, m_buffer.data() + it->offset, it->size);
            }
            it->offset = end;
            end += it->size;
        }
        m_buffer = std::move(fresh); // the old region is wiped and freed here
        m_end = end;
        m_garbage = 0;
    }

    void RecordArena::wipeRange(std::size_t offset, std::size_t size)
    {
        if (size > 0) {
            zero(m_buffer.data() + offset, size);
        }
    }

    void RecordArena::compactIfWasteful()
    {
        if (m_garbage >= CompactionThreshold && m_garbage > liveBytes()) {
            const std::size_t live = liveBytes();
            relocate(std::max(MinimumCapacity, live + live / 2));
        }
    }
}
