





package child

import "os/exec"






