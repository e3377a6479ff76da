/* startup.S — entry point of the bare-metal benchmark image, which run.mjs
 * loads straight into RP2040 SRAM (no boot ROM, no flash, no clocks set up:
 * only the core is exercised). Sets the stack, zeroes .bss, runs main and
 * stops at BKPT #255 with main's result in r0. */
    .syntax unified
    .cpu cortex-m0plus
    .thumb
    .section .text.start, "ax"
    .global _start
    .thumb_func
_start:
    ldr r0, =__stack_top
    mov sp, r0
    ldr r0, =__bss_start
    ldr r1, =__bss_end
    movs r2, #0
1:  cmp r0, r1
    bhs 2f
    str r2, [r0]
    adds r0, r0, #4
    b 1b
2:  bl main
    bkpt #255
3:  b 3b
