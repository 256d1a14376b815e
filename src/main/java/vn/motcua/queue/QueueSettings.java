package vn.motcua.queue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The queue's settings ({@code motcua.queue.*}): the minutes a citizen takes at a counter, for the wait a ticket shows
 * until the office has its own measure; the most tickets a kiosk gives in a minute (more taps get a polite refusal);
 * how long before a session of the office's calendar the kiosk starts giving tickets (people queue before the doors
 * open); the display boards an instance serves at once; and the spoken call: its words ({number} and {counter} are
 * read out), the espeak-ng command and voice, and the folder and number of cached audio files.
 */
@ConfigurationProperties("motcua.queue")
public record QueueSettings(Double minutesPerCitizen, Integer ticketsPerMinute, Integer kioskOpensMinutesBefore,
        Integer boardConnections, String callWords, String voiceCommand, String voice, Integer voiceSpeed,
        String voiceDirectory, Integer voiceFiles) {

    public QueueSettings {
        minutesPerCitizen = minutesPerCitizen == null || minutesPerCitizen <= 0 || minutesPerCitizen > 240 ? 8.0 : minutesPerCitizen;
        ticketsPerMinute = ticketsPerMinute == null || ticketsPerMinute < 1 || ticketsPerMinute > 1000 ? 20 : ticketsPerMinute;
        kioskOpensMinutesBefore = kioskOpensMinutesBefore == null || kioskOpensMinutesBefore < 0 || kioskOpensMinutesBefore > 240
                ? 30 : kioskOpensMinutesBefore;
        boardConnections = boardConnections == null || boardConnections < 1 || boardConnections > 10_000 ? 500 : boardConnections;
        callWords = callWords == null || callWords.isBlank() || !callWords.contains("{number}") || callWords.length() > 200
                ? "Mời công dân có số {number} đến quầy số {counter}" : callWords;
        voiceCommand = voiceCommand == null || voiceCommand.isBlank() ? "espeak-ng" : voiceCommand;
        voice = voice == null || !voice.matches("[A-Za-z0-9+_-]{1,40}") ? "vi" : voice;
        voiceSpeed = voiceSpeed == null || voiceSpeed < 80 || voiceSpeed > 400 ? 140 : voiceSpeed;
        voiceDirectory = voiceDirectory == null || voiceDirectory.isBlank()
                ? System.getProperty("java.io.tmpdir") + "/motcua-voice" : voiceDirectory;
        voiceFiles = voiceFiles == null || voiceFiles < 10 || voiceFiles > 1_000_000 ? 2_000 : voiceFiles;
    }

    /** The words of a call of the ticket's number to the counter. */
    public String callOf(int number, int counter) {
        return callWords.replace("{number}", Integer.toString(number)).replace("{counter}", Integer.toString(counter));
    }
}
