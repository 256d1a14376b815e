package vn.motcua.queue.web;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.queue.CallVoices;
import vn.motcua.queue.QueueBoards;

/**
 * The display board ({@code /man-hinh/{office}}, a TV page, nobody signed in, numbers only): the number at each
 * counter and the last calls, kept current by server-sent events ({@code /su-kien}), each new call read out from
 * {@code /loi-goi/{ticket}.wav}. The page reconnects by itself after a network drop and is sent the board at once.
 */
@Controller
class BoardController {

    private static final MediaType WAV = MediaType.parseMediaType("audio/wav");

    private final QueueBoards boards;
    private final BoardStreams streams;
    private final CallVoices voices;

    BoardController(QueueBoards boards, BoardStreams streams, CallVoices voices) {
        this.boards = boards;
        this.streams = streams;
        this.voices = voices;
    }

    @GetMapping("/man-hinh/{office}")
    String board(@PathVariable String office, Model model) {
        model.addAttribute("board", boards.board(known(office)).orElseThrow(() -> new NotFoundException("No board " + office)));
        return "queue/board";
    }

    @GetMapping(path = "/man-hinh/{office}/su-kien", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String office) {
        if (boards.board(known(office)).isEmpty()) {
            throw new NotFoundException("No board " + office);
        }
        return streams.connect(office)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many boards on this instance"));
    }

    @GetMapping("/man-hinh/{office}/loi-goi/{ticket}.wav")
    ResponseEntity<Resource> voice(@PathVariable String office, @PathVariable String ticket) {
        var call = boards.call(known(office), TicketIds.of(ticket)).orElseThrow(() -> new NotFoundException("No call " + ticket));
        var file = voices.audio(Integer.parseInt(call.number()), call.counter())
                .orElseThrow(() -> new NotFoundException("No voice for " + ticket));
        return ResponseEntity.ok().contentType(WAV).cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
                .body(new FileSystemResource(file));
    }

    private static String known(String office) {
        if (office == null || !office.matches("[A-Za-z0-9.\\-]{1,35}")) {
            throw new NotFoundException("No board " + office);
        }
        return office;
    }


    @Configuration(proxyBeanMethods = false)
    static class Open {
        @Bean
        PublicEndpoints queueBoardPages() {
            return () -> List.of("/man-hinh/**");
        }
    }
}
