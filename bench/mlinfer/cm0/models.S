/* models.S — the micro_speech model and its "yes" test features, embedded in
 * the model benchmark image (paths from run.sh: MODEL and FEATURES). Aligned
 * as a flatbuffer in flash would be. */
    .section .rodata.models, "a"
    .balign 16
    .global micro_speech_model, micro_speech_model_end
micro_speech_model:
    .incbin MODEL
micro_speech_model_end:
    .balign 16
    .global yes_features, yes_features_end
yes_features:
    .incbin FEATURES
yes_features_end:
