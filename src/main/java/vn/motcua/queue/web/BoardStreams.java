package vn.motcua.queue.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.motcua.platform.database.ChannelSubscriber;
import vn.motcua.queue.QueueBoards;
import vn.motcua.queue.QueueSettings;

/**
 * The display boards connected to this instance, by office, each an event stream. A change of an office's queue on
 * any instance is heard on channel {@code motcua_queue}; this instance then reads the office's board once and sends it
 * to each of its boards of that office, each on its own virtual thread, so one slow screen delays no other. A board
 * that connects (or reconnects after a network drop) gets the board at once; every 15 s it is sent again (the
 * time it shows moves on, proxies do not close an idle stream, and screens that went away are found). More boards than the settings allow are refused.
 */
@Component
class BoardStreams implements ChannelSubscriber, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BoardStreams.class);
    static final long STREAM_MILLIS = 30 * 60 * 1000L;
    static final long RECONNECT_MILLIS = 2000L;

    private final QueueBoards boards;
    private final int most;
    private final Map<String, Set<SseEmitter>> byOffice = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();
    private ScheduledExecutorService beating;

    BoardStreams(QueueBoards boards, QueueSettings settings) {
        this.boards = boards;
        this.most = settings.boardConnections();
    }

    /** A new board's stream, sent the board at once; empty when this instance serves as many boards as it may. */
    java.util.Optional<SseEmitter> connect(String office) {
        if (open.incrementAndGet() > most) {
            open.decrementAndGet();
            return java.util.Optional.empty();
        }
        var emitter = new SseEmitter(STREAM_MILLIS);
        Runnable gone = () -> {
            var set = byOffice.get(office);
            if (set != null && set.remove(emitter)) {
                open.decrementAndGet();
            }
        };
        emitter.onCompletion(gone);
        emitter.onTimeout(gone);
        emitter.onError(e -> gone.run());
        byOffice.computeIfAbsent(office, o -> ConcurrentHashMap.newKeySet()).add(emitter);
        boards.board(office).ifPresent(board -> send(emitter, board));
        return java.util.Optional.of(emitter);
    }

    /** Boards this instance serves now. */
    int connected() {
        return open.get();
    }

    @Override
    public String channel() {
        return "motcua_queue";
    }

    @Override
    public void received(String payload) {
        int space = payload.indexOf(' ');
        push(space > 0 ? payload.substring(0, space) : payload);
    }

    @Override
    public void missed() {
        byOffice.keySet().forEach(this::push);
    }

    private void push(String office) {
        var set = byOffice.get(office);
        if (set == null || set.isEmpty()) {
            return;
        }
        sending.execute(() -> boards.board(office).ifPresent(board -> set.forEach(e -> sending.execute(() -> send(e, board)))));
    }

    private void send(SseEmitter emitter, QueueBoards.Board board) {
        try {
            emitter.send(SseEmitter.event().name("board").id(Long.toString(board.version())).reconnectTime(RECONNECT_MILLIS)
                    .data(board, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    private void beat() {
        byOffice.keySet().forEach(this::push);
    }

    @Override
    public synchronized void start() {
        beating = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("board-heartbeat").daemon().factory());
        beating.scheduleWithFixedDelay(() -> {
            try {
                beat();
            } catch (RuntimeException e) {
                log.debug("Board heartbeat: {}", e.toString());
            }
        }, 15, 15, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (beating != null) {
            beating.shutdownNow();
            beating = null;
        }
        byOffice.values().forEach(set -> set.forEach(SseEmitter::complete));
        byOffice.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return beating != null;
    }
}
