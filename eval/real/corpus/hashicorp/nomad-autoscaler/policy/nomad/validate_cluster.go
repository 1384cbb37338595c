


package nomad

import "github.com/hashicorp/nomad/api"





