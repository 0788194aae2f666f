/**
 * The ShellCheck adapter: finds the {@code shellcheck} binary, runs it once over a batch of scripts with a
 * bounded time, and maps its line/column findings back to Dockerfile ranges through continuations and
 * heredocs. Depends only on {@code ast}; the {@code shellcheck} rule of the run pack decides what to send.
 */
package dev.dockwright.shellcheck;
