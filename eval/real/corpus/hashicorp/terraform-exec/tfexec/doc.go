





package tfexec
