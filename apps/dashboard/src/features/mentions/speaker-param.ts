// The reader's URL parameter naming the chosen speaker (a person's global id). A plain module, so the
// server page can read the same name the client mention list writes.
export const SPEAKER_PARAM = "speaker";
